// Generated from docs/openapi.json by `npx tsx scripts/generate-api-types.ts`: do not edit by hand.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the server answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description It does */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document (OpenAPI 3.1), generated from the routes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the cases the acting user may read, filtered and sorted (by id unless said), with their defendants */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 a page (100 unless said). */
                    limit?: string;
                    /** @description The `next` of the previous page, with the same sort and order. */
                    cursor?: string;
                    /** @description Only the cases this person takes part in. */
                    person?: string;
                    /** @description With `person`: only where the person has this role. */
                    role?: "defendant" | "suspect" | "lawyer" | "judge" | "prosecutor" | "investigator" | "expert" | "witness" | "victim" | "monitor" | "other";
                    /** @description Only the cases of this jurisdiction (kz). */
                    jurisdiction?: string;
                    /** @description A charge under this article, written 272 or 272(1). */
                    article?: string;
                    /** @description true: also charges since reclassified, merged, split or dropped. */
                    articleEver?: "true" | "false";
                    /** @description A defendant is in this status today, as the facts compute it. */
                    status?: "in_custody" | "under_house_arrest" | "under_other_measure" | "convicted_not_in_force" | "serving_sentence" | "on_probation" | "released" | "measure_ended" | "at_liberty";
                    /** @description A restraint measure of this kind (custody, house_arrest). */
                    measure?: string;
                    /** @description true: also measures since ended or changed. */
                    measureEver?: "true" | "false";
                    /** @description A participant is affiliated with it, or it acts as an authority in the case. */
                    organisation?: string;
                    /** @description Opened (or first charged) on or after this day. */
                    openedFrom?: string;
                    /** @description Opened (or first charged) on or before this day. */
                    openedTo?: string;
                    /** @description The order: id (default), title, opened, changed. */
                    sort?: "id" | "title" | "opened" | "changed";
                    /** @description The direction of the sort (asc unless said). */
                    order?: "asc" | "desc";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of cases */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseList"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Creates a case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CaseCreate"];
                };
            };
            responses: {
                /** @description The case, with its version */
                201: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        /** @description Where the case is read and edited */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredCase"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case file: the case with its charges, measures, hearings, decisions, persons and sources */
        get: {
            parameters: {
                query?: {
                    /** @description A day YYYY-MM-DD: the case as known then (default: today in its jurisdiction). */
                    asOf?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The case file as the acting user may see it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The computed facts of a case as of a day: status, days detained, credit, exposure, warnings */
        get: {
            parameters: {
                query?: {
                    /** @description A day YYYY-MM-DD: the case as known then (default: today in its jurisdiction). */
                    asOf?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The facts, and what is withheld from the acting user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/drafts/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A case as a source's text tells it: person, charges, measures, hearings, each quoting its sentence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CaseDraftQuery"];
                };
            };
            responses: {
                /** @description The draft; nothing is recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseDraft"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charges/successions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates a charge that succeeds others, and adds to each the step handing it over (reclassified, merged, split), all or nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SuccessionCreate"];
                };
            };
            responses: {
                /** @description The charge created, and the earlier charges as they now are */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Succession"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charges/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates several charges together (the charges of a case, typed in one form), all or nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChargesCreate"];
                };
            };
            responses: {
                /** @description The charges created, in the order given */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChargesCreated"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates a measure that replaces another, and adds to that one the "changed" step naming it, all or nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeasureChangeCreate"];
                };
            };
            responses: {
                /** @description The measure created, and the one it replaces as it now is */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangedMeasure"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of sources the acting user may read, by id */
        get: {
            parameters: {
                query?: {
                    /** @description How many records a page holds: 1 to 1000, 100 unless said. */
                    limit?: string;
                    /** @description The `next` of the previous page. */
                    cursor?: string;
                    /** @description Only those of this case. */
                    case?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of sources */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SourcePage"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Creates a source */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SourceCreate"];
                };
            };
            responses: {
                /** @description The source, with its version */
                201: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        /** @description Where the source is read and edited */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredSource"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A source with its version (ETag) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The source, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredSource"];
                    };
                };
                /** @description Not changed since the version If-None-Match gives */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replaces a source if it is still at the version If-Match (or the body) gives */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SourceUpdate"];
                };
            };
            responses: {
                /** @description The source, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredSource"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Deletes a source at the version If-Match gives; its history keeps it, and it can be restored */
        delete: {
            parameters: {
                query?: {
                    /** @description If not If-Match. */
                    version?: string;
                };
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Changes fields of a source (JSON merge patch) if it is still at the version If-Match gives */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordPatch"];
                };
            };
            responses: {
                /** @description The source, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredSource"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/sources/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision of a source, oldest first, as the acting user may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["History"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Brings back a source as it was at a version: a new revision, also after its deletion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Restore"];
                };
            };
            responses: {
                /** @description The source restored, with its new version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredSource"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of organisations the acting user may read, by id */
        get: {
            parameters: {
                query?: {
                    /** @description How many records a page holds: 1 to 1000, 100 unless said. */
                    limit?: string;
                    /** @description The `next` of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of organisations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganisationPage"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Creates a organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrganisationCreate"];
                };
            };
            responses: {
                /** @description The organisation, with its version */
                201: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        /** @description Where the organisation is read and edited */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredOrganisation"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A organisation with its version (ETag) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The organisation, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredOrganisation"];
                    };
                };
                /** @description Not changed since the version If-None-Match gives */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replaces a organisation if it is still at the version If-Match (or the body) gives */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrganisationUpdate"];
                };
            };
            responses: {
                /** @description The organisation, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredOrganisation"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Deletes a organisation at the version If-Match gives; its history keeps it, and it can be restored */
        delete: {
            parameters: {
                query?: {
                    /** @description If not If-Match. */
                    version?: string;
                };
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Changes fields of a organisation (JSON merge patch) if it is still at the version If-Match gives */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordPatch"];
                };
            };
            responses: {
                /** @description The organisation, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredOrganisation"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/organisations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision of a organisation, oldest first, as the acting user may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["History"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Brings back a organisation as it was at a version: a new revision, also after its deletion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Restore"];
                };
            };
            responses: {
                /** @description The organisation restored, with its new version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredOrganisation"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of persons the acting user may read, filtered and sorted (by id unless said) */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 a page (100 unless said). */
                    limit?: string;
                    /** @description The `next` of the previous page, with the same sort and order. */
                    cursor?: string;
                    /** @description Only those one of whose names contains it. */
                    name?: string;
                    /** @description Only those affiliated with this organisation. */
                    organisation?: string;
                    /** @description Only those with this role in a case. */
                    role?: "defendant" | "suspect" | "lawyer" | "judge" | "prosecutor" | "investigator" | "expert" | "witness" | "victim" | "monitor" | "other";
                    /** @description The order: id (default), name, changed. */
                    sort?: "id" | "name" | "changed";
                    /** @description The direction of the sort (asc unless said). */
                    order?: "asc" | "desc";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of persons */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonPage"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Creates a person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PersonCreate"];
                };
            };
            responses: {
                /** @description The person, with its version */
                201: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        /** @description Where the person is read and edited */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredPerson"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person with its version (ETag) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The person, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredPerson"];
                    };
                };
                /** @description Not changed since the version If-None-Match gives */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replaces a person if it is still at the version If-Match (or the body) gives */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PersonUpdate"];
                };
            };
            responses: {
                /** @description The person, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredPerson"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Deletes a person at the version If-Match gives; its history keeps it, and it can be restored */
        delete: {
            parameters: {
                query?: {
                    /** @description If not If-Match. */
                    version?: string;
                };
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Changes fields of a person (JSON merge patch) if it is still at the version If-Match gives */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordPatch"];
                };
            };
            responses: {
                /** @description The person, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredPerson"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/persons/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision of a person, oldest first, as the acting user may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["History"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Brings back a person as it was at a version: a new revision, also after its deletion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Restore"];
                };
            };
            responses: {
                /** @description The person restored, with its new version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredPerson"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case with its version (ETag) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The case, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredCase"];
                    };
                };
                /** @description Not changed since the version If-None-Match gives */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replaces a case if it is still at the version If-Match (or the body) gives */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CaseUpdate"];
                };
            };
            responses: {
                /** @description The case, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredCase"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Deletes a case at the version If-Match gives; its history keeps it, and it can be restored */
        delete: {
            parameters: {
                query?: {
                    /** @description If not If-Match. */
                    version?: string;
                };
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Changes fields of a case (JSON merge patch) if it is still at the version If-Match gives */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordPatch"];
                };
            };
            responses: {
                /** @description The case, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredCase"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cases/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision of a case, oldest first, as the acting user may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["History"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Brings back a case as it was at a version: a new revision, also after its deletion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Restore"];
                };
            };
            responses: {
                /** @description The case restored, with its new version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredCase"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of events the acting user may read, by id */
        get: {
            parameters: {
                query?: {
                    /** @description How many records a page holds: 1 to 1000, 100 unless said. */
                    limit?: string;
                    /** @description The `next` of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventPage"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Creates a event */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventCreate"];
                };
            };
            responses: {
                /** @description The event, with its version */
                201: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        /** @description Where the event is read and edited */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredEvent"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A event with its version (ETag) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The event, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredEvent"];
                    };
                };
                /** @description Not changed since the version If-None-Match gives */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replaces a event if it is still at the version If-Match (or the body) gives */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventUpdate"];
                };
            };
            responses: {
                /** @description The event, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredEvent"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Deletes a event at the version If-Match gives; its history keeps it, and it can be restored */
        delete: {
            parameters: {
                query?: {
                    /** @description If not If-Match. */
                    version?: string;
                };
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Changes fields of a event (JSON merge patch) if it is still at the version If-Match gives */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordPatch"];
                };
            };
            responses: {
                /** @description The event, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredEvent"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/events/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision of a event, oldest first, as the acting user may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["History"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Brings back a event as it was at a version: a new revision, also after its deletion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Restore"];
                };
            };
            responses: {
                /** @description The event restored, with its new version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredEvent"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of charges the acting user may read, by id */
        get: {
            parameters: {
                query?: {
                    /** @description How many records a page holds: 1 to 1000, 100 unless said. */
                    limit?: string;
                    /** @description The `next` of the previous page. */
                    cursor?: string;
                    /** @description Only those of this case. */
                    case?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of charges */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChargePage"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Creates a charge */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChargeCreate"];
                };
            };
            responses: {
                /** @description The charge, with its version */
                201: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        /** @description Where the charge is read and edited */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredCharge"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A charge with its version (ETag) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The charge, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredCharge"];
                    };
                };
                /** @description Not changed since the version If-None-Match gives */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replaces a charge if it is still at the version If-Match (or the body) gives */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChargeUpdate"];
                };
            };
            responses: {
                /** @description The charge, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredCharge"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Deletes a charge at the version If-Match gives; its history keeps it, and it can be restored */
        delete: {
            parameters: {
                query?: {
                    /** @description If not If-Match. */
                    version?: string;
                };
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Changes fields of a charge (JSON merge patch) if it is still at the version If-Match gives */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordPatch"];
                };
            };
            responses: {
                /** @description The charge, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredCharge"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/charges/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision of a charge, oldest first, as the acting user may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["History"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charges/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Brings back a charge as it was at a version: a new revision, also after its deletion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Restore"];
                };
            };
            responses: {
                /** @description The charge restored, with its new version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredCharge"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of measures the acting user may read, by id */
        get: {
            parameters: {
                query?: {
                    /** @description How many records a page holds: 1 to 1000, 100 unless said. */
                    limit?: string;
                    /** @description The `next` of the previous page. */
                    cursor?: string;
                    /** @description Only those of this case. */
                    case?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of measures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeasurePage"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Creates a measure */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeasureCreate"];
                };
            };
            responses: {
                /** @description The measure, with its version */
                201: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        /** @description Where the measure is read and edited */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredMeasure"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A measure with its version (ETag) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The measure, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredMeasure"];
                    };
                };
                /** @description Not changed since the version If-None-Match gives */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replaces a measure if it is still at the version If-Match (or the body) gives */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeasureUpdate"];
                };
            };
            responses: {
                /** @description The measure, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredMeasure"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Deletes a measure at the version If-Match gives; its history keeps it, and it can be restored */
        delete: {
            parameters: {
                query?: {
                    /** @description If not If-Match. */
                    version?: string;
                };
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Changes fields of a measure (JSON merge patch) if it is still at the version If-Match gives */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordPatch"];
                };
            };
            responses: {
                /** @description The measure, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredMeasure"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/measures/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision of a measure, oldest first, as the acting user may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["History"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Brings back a measure as it was at a version: a new revision, also after its deletion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Restore"];
                };
            };
            responses: {
                /** @description The measure restored, with its new version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredMeasure"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hearings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of hearings the acting user may read, by id */
        get: {
            parameters: {
                query?: {
                    /** @description How many records a page holds: 1 to 1000, 100 unless said. */
                    limit?: string;
                    /** @description The `next` of the previous page. */
                    cursor?: string;
                    /** @description Only those of this case. */
                    case?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of hearings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HearingPage"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Creates a hearing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HearingCreate"];
                };
            };
            responses: {
                /** @description The hearing, with its version */
                201: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        /** @description Where the hearing is read and edited */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredHearing"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hearings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A hearing with its version (ETag) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The hearing, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredHearing"];
                    };
                };
                /** @description Not changed since the version If-None-Match gives */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replaces a hearing if it is still at the version If-Match (or the body) gives */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HearingUpdate"];
                };
            };
            responses: {
                /** @description The hearing, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredHearing"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Deletes a hearing at the version If-Match gives; its history keeps it, and it can be restored */
        delete: {
            parameters: {
                query?: {
                    /** @description If not If-Match. */
                    version?: string;
                };
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Changes fields of a hearing (JSON merge patch) if it is still at the version If-Match gives */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordPatch"];
                };
            };
            responses: {
                /** @description The hearing, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredHearing"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/hearings/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision of a hearing, oldest first, as the acting user may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["History"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hearings/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Brings back a hearing as it was at a version: a new revision, also after its deletion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Restore"];
                };
            };
            responses: {
                /** @description The hearing restored, with its new version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredHearing"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of decisions the acting user may read, by id */
        get: {
            parameters: {
                query?: {
                    /** @description How many records a page holds: 1 to 1000, 100 unless said. */
                    limit?: string;
                    /** @description The `next` of the previous page. */
                    cursor?: string;
                    /** @description Only those of this case. */
                    case?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of decisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionPage"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Creates a decision */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DecisionCreate"];
                };
            };
            responses: {
                /** @description The decision, with its version */
                201: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        /** @description Where the decision is read and edited */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredDecision"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A decision with its version (ETag) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The decision, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredDecision"];
                    };
                };
                /** @description Not changed since the version If-None-Match gives */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replaces a decision if it is still at the version If-Match (or the body) gives */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DecisionUpdate"];
                };
            };
            responses: {
                /** @description The decision, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredDecision"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Deletes a decision at the version If-Match gives; its history keeps it, and it can be restored */
        delete: {
            parameters: {
                query?: {
                    /** @description If not If-Match. */
                    version?: string;
                };
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Changes fields of a decision (JSON merge patch) if it is still at the version If-Match gives */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordPatch"];
                };
            };
            responses: {
                /** @description The decision, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredDecision"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/decisions/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision of a decision, oldest first, as the acting user may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["History"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decisions/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Brings back a decision as it was at a version: a new revision, also after its deletion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Restore"];
                };
            };
            responses: {
                /** @description The decision restored, with its new version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredDecision"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of allegations the acting user may read, by id */
        get: {
            parameters: {
                query?: {
                    /** @description How many records a page holds: 1 to 1000, 100 unless said. */
                    limit?: string;
                    /** @description The `next` of the previous page. */
                    cursor?: string;
                    /** @description Only those of this case. */
                    case?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of allegations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AllegationPage"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Creates a allegation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AllegationCreate"];
                };
            };
            responses: {
                /** @description The allegation, with its version */
                201: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        /** @description Where the allegation is read and edited */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredAllegation"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allegations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A allegation with its version (ETag) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The allegation, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredAllegation"];
                    };
                };
                /** @description Not changed since the version If-None-Match gives */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replaces a allegation if it is still at the version If-Match (or the body) gives */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AllegationUpdate"];
                };
            };
            responses: {
                /** @description The allegation, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredAllegation"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Deletes a allegation at the version If-Match gives; its history keeps it, and it can be restored */
        delete: {
            parameters: {
                query?: {
                    /** @description If not If-Match. */
                    version?: string;
                };
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Changes fields of a allegation (JSON merge patch) if it is still at the version If-Match gives */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordPatch"];
                };
            };
            responses: {
                /** @description The allegation, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredAllegation"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/allegations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision of a allegation, oldest first, as the acting user may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["History"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allegations/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Brings back a allegation as it was at a version: a new revision, also after its deletion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Restore"];
                };
            };
            responses: {
                /** @description The allegation restored, with its new version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredAllegation"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of evidence the acting user may read, by id */
        get: {
            parameters: {
                query?: {
                    /** @description How many records a page holds: 1 to 1000, 100 unless said. */
                    limit?: string;
                    /** @description The `next` of the previous page. */
                    cursor?: string;
                    /** @description Only those of this case. */
                    case?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of evidence */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvidencePage"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Creates a evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EvidenceCreate"];
                };
            };
            responses: {
                /** @description The evidence, with its version */
                201: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        /** @description Where the evidence is read and edited */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredEvidence"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A evidence with its version (ETag) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The evidence, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredEvidence"];
                    };
                };
                /** @description Not changed since the version If-None-Match gives */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replaces a evidence if it is still at the version If-Match (or the body) gives */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EvidenceUpdate"];
                };
            };
            responses: {
                /** @description The evidence, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredEvidence"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Deletes a evidence at the version If-Match gives; its history keeps it, and it can be restored */
        delete: {
            parameters: {
                query?: {
                    /** @description If not If-Match. */
                    version?: string;
                };
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Changes fields of a evidence (JSON merge patch) if it is still at the version If-Match gives */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version the edit is based on. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordPatch"];
                };
            };
            responses: {
                /** @description The evidence, with its version */
                200: {
                    headers: {
                        /** @description The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredEvidence"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/evidence/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision of a evidence, oldest first, as the acting user may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["History"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Brings back a evidence as it was at a version: a new revision, also after its deletion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Restore"];
                };
            };
            responses: {
                /** @description The evidence restored, with its new version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredEvidence"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Imports a case bundle, all or nothing; with dryRun=true, only says what it would do */
        post: {
            parameters: {
                query?: {
                    /** @description true: check everything, write nothing. */
                    dryRun?: "true" | "false";
                    /** @description merge (default) or create. */
                    mode?: "merge" | "create";
                    /** @description Why the records are written, kept with each revision; "import" when not given. */
                    reason?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The bundle */
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description What the import did, or would do, with its warnings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReport"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every record and every field, as one bundle: a backup (admins only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The bundle, streamed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unavailable or busy */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the public may see, as one bundle (open data) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The bundle, streamed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unavailable or busy */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Records the acting user may read that match the query, ranked, with snippets and facets */
        get: {
            parameters: {
                query: {
                    /** @description What to look for: a name in any script or spelling, an article, words, "a phrase". */
                    q: string;
                    /** @description Only records of these kinds (person, organisation, case, charge, event, hearing, source): repeat it, or separate with commas. */
                    kind?: string | string[];
                    /** @description Only records of cases in this jurisdiction (kz). */
                    jurisdiction?: string;
                    /** @description Only records with a charge under this article (272, 272-1). */
                    article?: string;
                    /** @description Only records of cases whose status today is this (the facet's value). */
                    status?: string;
                    /** @description Only records of cases with a restraint measure of this kind (custody, house_arrest). */
                    measure?: string;
                    /** @description Only records of cases this organisation takes part in (its id). */
                    organisation?: string;
                    /** @description Only records dated on or after this day (YYYY-MM-DD). */
                    from?: string;
                    /** @description Only records dated on or before this day (YYYY-MM-DD). */
                    to?: string;
                    /** @description The `next` of the previous page. */
                    cursor?: string;
                    /** @description 1 to 100 hits a page (20 unless said). */
                    limit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of hits */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SearchPage"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Records whose name or title begins with what was typed, as the acting user may see them */
        get: {
            parameters: {
                query: {
                    /** @description The beginning of a name or title, as typed so far. */
                    q: string;
                    /** @description Only records of these kinds (person, organisation, case, charge, event, hearing, source): repeat it, or separate with commas. */
                    kind?: string | string[];
                    /** @description 1 to 20 suggestions (8 unless said). */
                    limit?: string;
                    /** @description The reader's language: persons and organisations are named in it where they have a name in it. */
                    lang?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The suggestions, best first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Suggestions"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recorded persons, as the acting user may see them, whose names may be these names */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SimilarPersonsQuery"];
                };
            };
            responses: {
                /** @description The persons, surest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SimilarPersons"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jurisdictions of the law data and of the cases the acting user may read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description By code */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The jurisdiction code cases use (kz). */
                                code: string;
                                /** @description Its name by language, from the law data; absent when Casewatch holds no law data for it. */
                                names?: {
                                    [key: string]: string;
                                };
                                /** @description Whether the law data (articles, penalties, procedural limits) covers it. */
                                hasLawData: boolean;
                                /** @description How many cases the acting user may read are in it. */
                                cases: number;
                                /** @description Its IANA time zone, from the law data: the day a case in it is "today" by ("Asia/Almaty"). */
                                timeZone?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jurisdictions/{jurisdiction}/articles/{article}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article's titles, parts, penalties and gravity in the law data, as of a day */
        get: {
            parameters: {
                query?: {
                    /** @description The code (cc, the criminal code, unless given). */
                    code?: string;
                    /** @description The part; every part when left out. */
                    part?: string;
                    /** @description The day the law is read as of (the act's date); when left out, today in the jurisdiction's time zone. */
                    on?: string;
                };
                header?: never;
                path: {
                    /** @description The jurisdiction code (kz). */
                    jurisdiction: string;
                    /** @description The article number. */
                    article: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description What the law data holds of it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArticleDescription"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jurisdictions/{jurisdiction}/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The criminal code's articles and parts whose titles, in any language, hold the words asked */
        get: {
            parameters: {
                query: {
                    /** @description Words of the offence as a source names it. */
                    q: string;
                };
                header?: never;
                path: {
                    /** @description The jurisdiction code (kz). */
                    jurisdiction: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Best first, at most eight */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FoundArticles"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jurisdictions/{jurisdiction}/law": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A jurisdiction's codes, restraint measures, sentence types and regimes from its law data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The jurisdiction code (kz). */
                    jurisdiction: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description By key, titled by language */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LawVocabulary"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's documents the acting user may read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The documents, by id */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentList"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unavailable or busy */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Adds a file to a case as a document; its text is read in the background
         * @description The body is the file itself; Content-Type its declared type; X-File-Name its name, URI-encoded.
         */
        post: {
            parameters: {
                query?: {
                    /** @description The title (the file name when not given). */
                    title?: string;
                    /** @description Where the file was found online. */
                    url?: string;
                    /** @description Its role: indictment, verdict, expert_analysis, … */
                    documentKind?: "indictment" | "decree" | "court_decision" | "verdict" | "expert_analysis" | "complaint" | "transcript" | "video" | "photo" | "article" | "report" | "statement" | "other";
                    /** @description Who may read it (internal unless said). */
                    visibility?: "public" | "internal" | "restricted";
                    /** @description Who wrote or made it. */
                    author?: string;
                    /** @description Who published it. */
                    publisher?: string;
                    /** @description When it was published: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
                    publishedOn?: string;
                    /** @description Its language, as a BCP 47 tag (ru, kk, en). */
                    language?: string;
                    /** @description The day it was seen online (YYYY-MM-DD). */
                    accessedOn?: string;
                    /** @description An archived copy (Wayback Machine, archive.today). */
                    archiveUrl?: string;
                    /** @description Capture: the platform it was posted on (facebook, youtube, telegram…). */
                    platform?: string;
                    /** @description Capture: the post's id on that platform. */
                    postId?: string;
                    /** @description Capture: the account that posted it. */
                    account?: string;
                    /** @description Capture: when it was posted (ISO 8601, with its offset where known). */
                    publishedAt?: string;
                    /** @description Capture: when it was captured (ISO 8601). */
                    capturedAt?: string;
                    /** @description Capture: who captured it (restrict it with restrict=capture). */
                    collector?: string;
                    /** @description Capture: the tool it was captured with. */
                    tool?: string;
                    /** @description Fields restricted beyond the document, comma-separated (capture, author, url, archiveUrl, publisher). */
                    restrict?: string;
                };
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/octet-stream": string;
                };
            };
            responses: {
                /** @description Kept; its text is being read */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentAdded"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The file is larger than the limit (document.too_large) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A type Casewatch does not keep, or one the file lies about (document.type_mismatch) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A record that breaks the rules across records (a reference to nothing, dates out of order) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unavailable or busy */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document: its title, case, file and the state of its text */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentSummary"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unavailable or busy */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The text of a document's pages, at most 50 an answer */
        get: {
            parameters: {
                query?: {
                    /** @description The first page (1 unless said). */
                    from?: string;
                    /** @description The last page (at most 50 pages an answer). */
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The pages read so far in the range */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentPages"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unavailable or busy */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/pages/{n}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page as an image (PNG at 110 dpi); an image file is its own page 1 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    n: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": string;
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unavailable or busy */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The original file, unchanged; each download is recorded in its chain of custody */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unavailable or busy */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What extraction finds in the text: citations, dates, sentences, persons, links */
        get: {
            parameters: {
                query?: {
                    /** @description Only this page. */
                    page?: string;
                    /** @description The language of article titles and labels: en (default), ru or kk. */
                    lang?: "en" | "ru" | "kk";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The suggestions, page by page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentSuggestions"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unavailable or busy */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/custody": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The document's chain of custody: who added, read, verified and exported it, when, from where */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The events, oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Custody"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unavailable or busy */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The indictment matrix: each charge's elements × the allegations × the evidence, with the gaps */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The matrix as the acting user may see it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndictmentMatrix"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/matrix.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The indictment matrix as CSV: one row per charge, element, allegation and evidence, with gap flags */
        get: {
            parameters: {
                query?: {
                    /** @description The language of the titles: en (default), ru or kk. */
                    lang?: "en" | "ru" | "kk";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The CSV file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charges/{id}/elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The elements of a charge's offence as the law data holds them on its day, titled in one language */
        get: {
            parameters: {
                query?: {
                    /** @description The language of the titles: en (default), ru or kk. */
                    lang?: "en" | "ru" | "kk";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The offence's elements */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChargeElements"];
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signs in: sets the session cookie and returns the CSRF token for changes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        account: string;
                        password: string;
                        code?: string;
                    };
                };
            };
            responses: {
                /** @description The account, its CSRF token and session */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signs out: ends the session and clears its cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the request acts as: the account (or none: the public), its roles and CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The acting account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sessions of one's account (or of another, or everyone's: admins) */
        get: {
            parameters: {
                query?: {
                    /** @description Whose (admins) */
                    account?: string;
                    /** @description true: everyone's (admins) */
                    all?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The sessions, the current one marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revokes a session at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The API tokens of one's account (or of another, or everyone's: admins), without their secrets */
        get: {
            parameters: {
                query?: {
                    /** @description Whose (admins) */
                    account?: string;
                    /** @description true: everyone's (admins) */
                    all?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Makes an API token with a role no higher than one's own; its secret is returned this once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        role?: string;
                    };
                };
            };
            responses: {
                /** @description The token and its secret */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revokes an API token at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Starts enrolling a second factor: the secret and its otpauth URI, to confirm with a code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The pending secret */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirms the second factor with a code from it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Enrolled */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turns the second factor off (one's own with a code, or an account's: admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        account?: string;
                    };
                };
            };
            responses: {
                /** @description Turned off */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Changes one's own password; one's other sessions end */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Changed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every account, without its secrets (admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The accounts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Adds an account (admins); without a password, a random one is returned this once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        displayName?: string;
                        roles: ("admin" | "editor" | "researcher" | "viewer")[];
                        groups?: string[];
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description The account, and its password when one was made */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A stale version (record.conflict, with the current record) or a duplicate id */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/users/{name}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disables an account: its sessions and tokens stop at once (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/users/{name}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enables a disabled account (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/users/{name}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resets an account's password to a random one, returned this once (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The new password */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such record, or none the acting user may read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a second factor is mandatory for everyone */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
            };
        };
        /** Makes a second factor mandatory for everyone, or not (admins) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        requireTotp: boolean;
                    };
                };
            };
            responses: {
                /** @description The settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description Invalid input: the issues name each field or path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The acting user may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Id: string;
        PartialDate: string;
        Day: string;
        Citation: {
            source: components["schemas"]["Id"];
            page?: number;
            pageEnd?: number;
            locator?: string & (unknown & unknown);
            quote?: string;
            note?: string;
        };
        Name: {
            value: string & (unknown & unknown);
            parts?: {
                family?: string & (unknown & unknown);
                given?: string & (unknown & unknown);
                patronymic?: string & (unknown & unknown);
            };
            /** @enum {string} */
            script: "Latn" | "Cyrl" | "Arab" | "Zyyy";
            language: string;
            /** @enum {string} */
            kind: "native" | "official_latin" | "transliteration" | "translation" | "alias" | "former" | "abbreviation";
            scheme?: string;
            isPreferred?: boolean;
            note?: string;
            /** @default [] */
            sources: components["schemas"]["Citation"][];
        };
        Period: {
            from?: components["schemas"]["PartialDate"];
            to?: components["schemas"]["PartialDate"];
        };
        Duration: {
            years?: number;
            months?: number;
            days?: number;
            hours?: number;
        };
        ArticleRef: {
            jurisdiction: string;
            code: string;
            article: string;
            part?: string;
            paragraph?: string;
        };
        ChargeStep: {
            /** @enum {string} */
            kind: "brought" | "amended" | "reclassified" | "dropped" | "merged" | "split" | "suspended" | "resumed" | "sent_to_court" | "returned_for_investigation" | "convicted" | "acquitted" | "dismissed" | "amnestied" | "released_from_liability" | "outcome_unknown";
            /** @enum {string} */
            ground?: "limitation_expired" | "amnesty" | "reconciliation" | "other";
            date: components["schemas"]["PartialDate"];
            authority?: components["schemas"]["Id"];
            decision?: components["schemas"]["Id"];
            successors?: components["schemas"]["Id"][];
            reason?: string;
            note?: string;
            /** @default [] */
            sources: components["schemas"]["Citation"][];
        };
        MeasureStep: {
            /** @enum {string} */
            kind: "ordered" | "extended" | "appealed" | "upheld" | "changed" | "ended";
            date: components["schemas"]["PartialDate"];
            time?: string;
            authority?: components["schemas"]["Id"];
            plannedEnd?: components["schemas"]["PartialDate"];
            term?: components["schemas"]["Duration"];
            successor?: components["schemas"]["Id"];
            reason?: string;
            note?: string;
            /** @default [] */
            sources: components["schemas"]["Citation"][];
        };
        Dispute: {
            path: string;
            accounts: {
                value: components["schemas"]["DisputedValue"];
                /** @default [] */
                sources: components["schemas"]["Citation"][];
                note?: string;
            }[];
            note?: string;
        };
        DisputedValue: string | number | boolean | null | components["schemas"]["DisputedValue"][] | {
            [key: string]: components["schemas"]["DisputedValue"];
        };
        Source: {
            id: components["schemas"]["Id"];
            /** @enum {string} */
            kind: "document" | "web" | "capture" | "testimony" | "media";
            /** @enum {string} */
            documentKind?: "indictment" | "decree" | "court_decision" | "verdict" | "expert_analysis" | "complaint" | "transcript" | "video" | "photo" | "article" | "report" | "statement" | "other";
            title: string & (unknown & unknown);
            language?: string;
            author?: string & (unknown & unknown);
            publisher?: string & (unknown & unknown);
            publishedOn?: components["schemas"]["PartialDate"];
            /** Format: uri */
            url?: string;
            accessedOn?: components["schemas"]["Day"];
            /** Format: uri */
            archiveUrl?: string;
            capture?: {
                platform?: string;
                postId?: string & (unknown & unknown);
                account?: string & (unknown & unknown);
                publishedAt?: string;
                capturedAt?: string;
                collector?: string & (unknown & unknown);
                tool?: string & (unknown & unknown);
            };
            pageCount?: number;
            sha256?: string;
            case?: components["schemas"]["Id"];
            file?: {
                sha256: string;
                size: number;
                mediaType: string;
                name?: string & (unknown & unknown);
            };
            note?: string;
            /**
             * @default internal
             * @enum {string}
             */
            visibility: "public" | "internal" | "restricted";
            readers?: string[];
            fieldVisibility?: {
                [key: string]: "public" | "internal" | "restricted";
            };
            disputes?: components["schemas"]["Dispute"][];
        };
        StoredSource: {
            /** @constant */
            kind: "source";
            id: components["schemas"]["Id"];
            version: number;
            createdAt: string;
            updatedAt: string;
            record: components["schemas"]["Source"];
        };
        SourcePage: {
            items: components["schemas"]["StoredSource"][];
            next?: string;
        };
        SourceCreate: {
            record: components["schemas"]["Source"];
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        SourceUpdate: {
            record: components["schemas"]["Source"];
            version?: number;
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        Organisation: {
            id: components["schemas"]["Id"];
            names: components["schemas"]["Name"][];
            /** @enum {string} */
            kind: "party" | "ngo" | "media" | "court" | "prosecutor" | "police" | "investigative_committee" | "security_service" | "ministry" | "parliament" | "election_commission" | "detention_facility" | "bar" | "international" | "company" | "movement" | "other";
            jurisdiction?: string;
            parent?: components["schemas"]["Id"];
            place?: string & (unknown & unknown);
            description?: string;
            /** @default [] */
            registration: {
                /** @enum {string} */
                status: "applied" | "refused" | "unregistered" | "registered" | "suspended" | "liquidated" | "banned" | "designated_extremist";
                date?: components["schemas"]["PartialDate"];
                authority?: components["schemas"]["Id"];
                note?: string;
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            }[];
            /**
             * @default internal
             * @enum {string}
             */
            visibility: "public" | "internal" | "restricted";
            readers?: string[];
            fieldVisibility?: {
                [key: string]: "public" | "internal" | "restricted";
            };
            /** @default [] */
            sources: components["schemas"]["Citation"][];
            disputes?: components["schemas"]["Dispute"][];
        };
        StoredOrganisation: {
            /** @constant */
            kind: "organisation";
            id: components["schemas"]["Id"];
            version: number;
            createdAt: string;
            updatedAt: string;
            record: components["schemas"]["Organisation"];
        };
        OrganisationPage: {
            items: components["schemas"]["StoredOrganisation"][];
            next?: string;
        };
        OrganisationCreate: {
            record: components["schemas"]["Organisation"];
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        OrganisationUpdate: {
            record: components["schemas"]["Organisation"];
            version?: number;
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        Person: {
            id: components["schemas"]["Id"];
            names: components["schemas"]["Name"][];
            birthDate?: components["schemas"]["PartialDate"];
            /** @enum {string} */
            gender?: "female" | "male" | "other" | "unknown";
            citizenship?: string[];
            occupation?: string & (unknown & unknown);
            description?: string;
            contact?: {
                phones?: string[];
                emails?: string[];
                address?: string;
            };
            /** @default [] */
            affiliations: {
                organisation: components["schemas"]["Id"];
                role: string & (unknown & unknown);
                period?: components["schemas"]["Period"];
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            }[];
            /**
             * @default internal
             * @enum {string}
             */
            visibility: "public" | "internal" | "restricted";
            readers?: string[];
            fieldVisibility?: {
                [key: string]: "public" | "internal" | "restricted";
            };
            /** @default [] */
            sources: components["schemas"]["Citation"][];
            disputes?: components["schemas"]["Dispute"][];
        };
        StoredPerson: {
            /** @constant */
            kind: "person";
            id: components["schemas"]["Id"];
            version: number;
            createdAt: string;
            updatedAt: string;
            record: components["schemas"]["Person"];
        };
        PersonPage: {
            items: components["schemas"]["StoredPerson"][];
            next?: string;
        };
        PersonCreate: {
            record: components["schemas"]["Person"];
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        PersonUpdate: {
            record: components["schemas"]["Person"];
            version?: number;
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        Case: {
            id: components["schemas"]["Id"];
            jurisdiction: string;
            title: string & (unknown & unknown);
            summary?: string;
            /** @default [] */
            numbers: {
                value: string & (unknown & unknown);
                authority?: components["schemas"]["Id"];
                assignedOn?: components["schemas"]["PartialDate"];
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            }[];
            openedOn?: components["schemas"]["PartialDate"];
            /** @default [] */
            authorities: {
                organisation: components["schemas"]["Id"];
                /** @enum {string} */
                role: "investigating" | "prosecuting" | "court_first_instance" | "court_appeal" | "court_cassation" | "other";
                period?: components["schemas"]["Period"];
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            }[];
            /** @default [] */
            groups: string[];
            /** @default [] */
            themes: string[];
            /** @default [] */
            participants: {
                person: components["schemas"]["Id"];
                /** @enum {string} */
                role: "defendant" | "suspect" | "lawyer" | "judge" | "prosecutor" | "investigator" | "expert" | "witness" | "victim" | "monitor" | "other";
                period?: components["schemas"]["Period"];
                note?: string;
                confirmed?: {
                    on: components["schemas"]["PartialDate"];
                    note?: string;
                    /** @default [] */
                    sources: components["schemas"]["Citation"][];
                };
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            }[];
            /** @default [] */
            events: components["schemas"]["Id"][];
            releases?: {
                person: components["schemas"]["Id"];
                date: components["schemas"]["PartialDate"];
                /** @enum {string} */
                reason: "end_of_term" | "conditional_early_release" | "pardon" | "amnesty" | "acquittal" | "measure_lifted" | "exchange" | "deportation" | "other";
                decision?: components["schemas"]["Id"];
                note?: string;
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            }[];
            confirmed?: {
                on: components["schemas"]["PartialDate"];
                note?: string;
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            };
            acknowledged?: {
                code: string;
                record: components["schemas"]["Id"];
                note: string;
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            }[];
            /**
             * @default internal
             * @enum {string}
             */
            visibility: "public" | "internal" | "restricted";
            readers?: string[];
            fieldVisibility?: {
                [key: string]: "public" | "internal" | "restricted";
            };
            /** @default [] */
            sources: components["schemas"]["Citation"][];
            disputes?: components["schemas"]["Dispute"][];
        };
        StoredCase: {
            /** @constant */
            kind: "case";
            id: components["schemas"]["Id"];
            version: number;
            createdAt: string;
            updatedAt: string;
            record: components["schemas"]["Case"];
        };
        CaseCreate: {
            record: components["schemas"]["Case"];
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        CaseUpdate: {
            record: components["schemas"]["Case"];
            version?: number;
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        Event: {
            id: components["schemas"]["Id"];
            /** @enum {string} */
            kind: "protest" | "riot" | "election" | "referendum" | "deaths" | "internet_shutdown" | "state_of_emergency" | "arrest_wave" | "legislation" | "other";
            title: string & (unknown & unknown);
            start: components["schemas"]["PartialDate"];
            end?: components["schemas"]["PartialDate"];
            place?: {
                name?: string & (unknown & unknown);
                region?: string & (unknown & unknown);
                country?: string;
            };
            casualties?: {
                deaths?: {
                    value: number;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    qualifier: "exact" | "at_least" | "at_most" | "about";
                    /** @default [] */
                    sources: components["schemas"]["Citation"][];
                };
                injured?: {
                    value: number;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    qualifier: "exact" | "at_least" | "at_most" | "about";
                    /** @default [] */
                    sources: components["schemas"]["Citation"][];
                };
                detained?: {
                    value: number;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    qualifier: "exact" | "at_least" | "at_most" | "about";
                    /** @default [] */
                    sources: components["schemas"]["Citation"][];
                };
            };
            /** @default [] */
            cases: components["schemas"]["Id"][];
            /** @default [] */
            persons: components["schemas"]["Id"][];
            description?: string;
            /**
             * @default internal
             * @enum {string}
             */
            visibility: "public" | "internal" | "restricted";
            readers?: string[];
            fieldVisibility?: {
                [key: string]: "public" | "internal" | "restricted";
            };
            /** @default [] */
            sources: components["schemas"]["Citation"][];
            disputes?: components["schemas"]["Dispute"][];
        };
        StoredEvent: {
            /** @constant */
            kind: "event";
            id: components["schemas"]["Id"];
            version: number;
            createdAt: string;
            updatedAt: string;
            record: components["schemas"]["Event"];
        };
        EventPage: {
            items: components["schemas"]["StoredEvent"][];
            next?: string;
        };
        EventCreate: {
            record: components["schemas"]["Event"];
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        EventUpdate: {
            record: components["schemas"]["Event"];
            version?: number;
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        Charge: {
            id: components["schemas"]["Id"];
            case: components["schemas"]["Id"];
            defendant: components["schemas"]["Id"];
            article: components["schemas"]["ArticleRef"];
            label?: string & (unknown & unknown);
            conduct?: string;
            actDate?: {
                date: components["schemas"]["PartialDate"];
                note?: string;
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            };
            origin?: {
                /** @enum {string} */
                kind: "reclassification" | "rebrought" | "merger" | "split";
                from: components["schemas"]["Id"][];
            } | {
                /** @enum {string} */
                kind: "reclassification" | "rebrought" | "merger" | "split";
                from: components["schemas"]["Id"][];
            }[];
            stage?: {
                /** @enum {string} */
                kind: "preparation" | "attempt";
                qualifier?: {
                    article: string;
                    part?: string;
                };
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            };
            role?: {
                /** @enum {string} */
                kind: "organiser" | "instigator" | "accessory";
                qualifier?: {
                    article: string;
                    part?: string;
                };
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            };
            partsInDoubt?: {
                part: string;
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            }[];
            lifecycle: components["schemas"]["ChargeStep"][];
            /**
             * @default internal
             * @enum {string}
             */
            visibility: "public" | "internal" | "restricted";
            readers?: string[];
            fieldVisibility?: {
                [key: string]: "public" | "internal" | "restricted";
            };
            /** @default [] */
            sources: components["schemas"]["Citation"][];
            disputes?: components["schemas"]["Dispute"][];
        };
        StoredCharge: {
            /** @constant */
            kind: "charge";
            id: components["schemas"]["Id"];
            version: number;
            createdAt: string;
            updatedAt: string;
            record: components["schemas"]["Charge"];
        };
        ChargePage: {
            items: components["schemas"]["StoredCharge"][];
            next?: string;
        };
        ChargeCreate: {
            record: components["schemas"]["Charge"];
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        ChargeUpdate: {
            record: components["schemas"]["Charge"];
            version?: number;
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        Measure: {
            id: components["schemas"]["Id"];
            case: components["schemas"]["Id"];
            person: components["schemas"]["Id"];
            kind: string;
            article?: components["schemas"]["ArticleRef"];
            place?: string & (unknown & unknown);
            facility?: components["schemas"]["Id"];
            steps: components["schemas"]["MeasureStep"][];
            reportedDuration?: {
                atLeast?: components["schemas"]["Duration"];
                atMost?: components["schemas"]["Duration"];
                text?: string & (unknown & unknown);
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            };
            /**
             * @default internal
             * @enum {string}
             */
            visibility: "public" | "internal" | "restricted";
            readers?: string[];
            fieldVisibility?: {
                [key: string]: "public" | "internal" | "restricted";
            };
            /** @default [] */
            sources: components["schemas"]["Citation"][];
            disputes?: components["schemas"]["Dispute"][];
        };
        StoredMeasure: {
            /** @constant */
            kind: "measure";
            id: components["schemas"]["Id"];
            version: number;
            createdAt: string;
            updatedAt: string;
            record: components["schemas"]["Measure"];
        };
        MeasurePage: {
            items: components["schemas"]["StoredMeasure"][];
            next?: string;
        };
        MeasureCreate: {
            record: components["schemas"]["Measure"];
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        MeasureUpdate: {
            record: components["schemas"]["Measure"];
            version?: number;
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        Hearing: {
            id: components["schemas"]["Id"];
            case: components["schemas"]["Id"];
            /** @enum {string} */
            kind: "detention_review" | "preliminary" | "trial_session" | "verdict" | "appeal" | "cassation" | "other";
            date: components["schemas"]["PartialDate"];
            time?: string;
            court?: components["schemas"]["Id"];
            courtroom?: string & (unknown & unknown);
            /** @default [] */
            judges: components["schemas"]["Id"][];
            /** @default [] */
            prosecutors: components["schemas"]["Id"][];
            charges?: components["schemas"]["Id"][];
            /**
             * @default unknown
             * @enum {string}
             */
            access: "public" | "closed" | "partially_closed" | "unknown";
            /** @enum {string} */
            status: "scheduled" | "held" | "postponed" | "cancelled";
            outcome?: string;
            nextDate?: components["schemas"]["PartialDate"];
            decision?: components["schemas"]["Id"];
            note?: string;
            announced?: {
                on: components["schemas"]["PartialDate"];
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            };
            changes?: {
                /** @enum {string} */
                kind: "postponed" | "cancelled";
                decidedOn: components["schemas"]["PartialDate"];
                to?: components["schemas"]["PartialDate"];
                reason?: string;
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            }[];
            /**
             * @default internal
             * @enum {string}
             */
            visibility: "public" | "internal" | "restricted";
            readers?: string[];
            fieldVisibility?: {
                [key: string]: "public" | "internal" | "restricted";
            };
            /** @default [] */
            sources: components["schemas"]["Citation"][];
            disputes?: components["schemas"]["Dispute"][];
        };
        StoredHearing: {
            /** @constant */
            kind: "hearing";
            id: components["schemas"]["Id"];
            version: number;
            createdAt: string;
            updatedAt: string;
            record: components["schemas"]["Hearing"];
        };
        HearingPage: {
            items: components["schemas"]["StoredHearing"][];
            next?: string;
        };
        HearingCreate: {
            record: components["schemas"]["Hearing"];
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        HearingUpdate: {
            record: components["schemas"]["Hearing"];
            version?: number;
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        Decision: {
            id: components["schemas"]["Id"];
            case: components["schemas"]["Id"];
            /** @enum {string} */
            kind: "verdict" | "appeal_ruling" | "cassation_ruling" | "other";
            date: components["schemas"]["PartialDate"];
            court?: components["schemas"]["Id"];
            /** @default [] */
            judges: components["schemas"]["Id"][];
            defendant: components["schemas"]["Id"];
            /** @default [] */
            outcomes: {
                charge: components["schemas"]["Id"];
                /** @enum {string} */
                outcome: "convicted" | "acquitted" | "dismissed" | "returned" | "released_from_liability" | "unknown";
                /** @enum {string} */
                ground?: "limitation_expired" | "amnesty" | "reconciliation" | "other";
                reason?: string;
            }[];
            /** @default [] */
            sentence: {
                type: string;
                term?: components["schemas"]["Duration"];
                amount?: {
                    value: number;
                    unit: string;
                };
                regime?: string;
                isSuspended?: boolean;
                probation?: components["schemas"]["Duration"];
                activity?: string;
                isPrincipal?: boolean;
                startedOn?: components["schemas"]["PartialDate"];
            }[];
            money?: {
                /** @enum {string} */
                kind: "damages" | "compensation" | "civil_claim" | "procedural_costs" | "confiscation" | "other";
                amount?: {
                    value: number;
                    unit: string;
                };
                description?: string;
            }[];
            isInAbsentia?: boolean;
            enteredIntoForce?: components["schemas"]["PartialDate"];
            reviews?: components["schemas"]["Id"];
            /** @default [] */
            appeals: {
                /** @enum {string} */
                by: "defence" | "prosecution" | "victim" | "other";
                filedOn: components["schemas"]["PartialDate"];
                /**
                 * @default pending
                 * @enum {string}
                 */
                outcome: "pending" | "upheld" | "overturned" | "modified" | "withdrawn";
                decision?: components["schemas"]["Id"];
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            }[];
            /**
             * @default internal
             * @enum {string}
             */
            visibility: "public" | "internal" | "restricted";
            readers?: string[];
            fieldVisibility?: {
                [key: string]: "public" | "internal" | "restricted";
            };
            /** @default [] */
            sources: components["schemas"]["Citation"][];
            disputes?: components["schemas"]["Dispute"][];
        };
        StoredDecision: {
            /** @constant */
            kind: "decision";
            id: components["schemas"]["Id"];
            version: number;
            createdAt: string;
            updatedAt: string;
            record: components["schemas"]["Decision"];
        };
        DecisionPage: {
            items: components["schemas"]["StoredDecision"][];
            next?: string;
        };
        DecisionCreate: {
            record: components["schemas"]["Decision"];
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        DecisionUpdate: {
            record: components["schemas"]["Decision"];
            version?: number;
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        Allegation: {
            id: components["schemas"]["Id"];
            case: components["schemas"]["Id"];
            document: components["schemas"]["Id"];
            passage?: {
                page: number;
                start?: number;
                end?: number;
                quote: string;
            };
            charge?: components["schemas"]["Id"];
            /** @enum {string} */
            type: "act" | "speech" | "association" | "omission";
            summary: string & (unknown & unknown);
            /** @default [] */
            elements: string[];
            conductOn?: components["schemas"]["PartialDate"];
            speechAssessment?: {
                /** @enum {string} */
                finding: "protected" | "not_protected" | "undetermined";
                standard?: string;
                reasoning?: string;
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            };
            note?: string;
            /**
             * @default internal
             * @enum {string}
             */
            visibility: "public" | "internal" | "restricted";
            readers?: string[];
            fieldVisibility?: {
                [key: string]: "public" | "internal" | "restricted";
            };
            /** @default [] */
            sources: components["schemas"]["Citation"][];
            disputes?: components["schemas"]["Dispute"][];
        };
        StoredAllegation: {
            /** @constant */
            kind: "allegation";
            id: components["schemas"]["Id"];
            version: number;
            createdAt: string;
            updatedAt: string;
            record: components["schemas"]["Allegation"];
        };
        AllegationPage: {
            items: components["schemas"]["StoredAllegation"][];
            next?: string;
        };
        AllegationCreate: {
            record: components["schemas"]["Allegation"];
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        AllegationUpdate: {
            record: components["schemas"]["Allegation"];
            version?: number;
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        Evidence: {
            id: components["schemas"]["Id"];
            case: components["schemas"]["Id"];
            /** @enum {string} */
            type: "witness_statement" | "expert_opinion" | "video" | "audio" | "photo" | "post" | "document" | "physical_object" | "interrogation" | "other";
            /** @enum {string} */
            side: "prosecution" | "defence" | "court" | "independent" | "unknown";
            title: string & (unknown & unknown);
            description?: string;
            author?: components["schemas"]["Id"];
            /** @enum {string} */
            commissionedBy?: "prosecution" | "defence" | "court" | "independent" | "unknown";
            commissioner?: components["schemas"]["Id"];
            document?: components["schemas"]["Id"];
            page?: number;
            reliability?: {
                /** @enum {string} */
                rating: "high" | "medium" | "low" | "unassessed";
                reason?: string;
            };
            /** @default [] */
            links: {
                allegation: components["schemas"]["Id"];
                /** @enum {string} */
                stance: "supports" | "contradicts" | "does_not_address";
                elements?: string[];
                note?: string;
            }[];
            note?: string;
            /**
             * @default internal
             * @enum {string}
             */
            visibility: "public" | "internal" | "restricted";
            readers?: string[];
            fieldVisibility?: {
                [key: string]: "public" | "internal" | "restricted";
            };
            /** @default [] */
            sources: components["schemas"]["Citation"][];
            disputes?: components["schemas"]["Dispute"][];
        };
        StoredEvidence: {
            /** @constant */
            kind: "evidence";
            id: components["schemas"]["Id"];
            version: number;
            createdAt: string;
            updatedAt: string;
            record: components["schemas"]["Evidence"];
        };
        EvidencePage: {
            items: components["schemas"]["StoredEvidence"][];
            next?: string;
        };
        EvidenceCreate: {
            record: components["schemas"]["Evidence"];
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        EvidenceUpdate: {
            record: components["schemas"]["Evidence"];
            version?: number;
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        RecordPatch: {
            record: {
                [key: string]: unknown;
            };
            version?: number;
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        Restore: {
            version: number;
        };
        SuccessionCreate: {
            record: components["schemas"]["Charge"];
            handover?: {
                date?: components["schemas"]["PartialDate"];
                authority?: components["schemas"]["Id"];
                decision?: components["schemas"]["Id"];
                note?: string;
                /** @default [] */
                sources: components["schemas"]["Citation"][];
            };
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        Succession: {
            charge: components["schemas"]["StoredCharge"];
            predecessors: components["schemas"]["StoredCharge"][];
        };
        ChargesCreate: {
            records: components["schemas"]["Charge"][];
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        ChargesCreated: {
            charges: components["schemas"]["StoredCharge"][];
        };
        MeasureChangeCreate: {
            record: components["schemas"]["Measure"];
            change: {
                from: components["schemas"]["Id"];
                note?: string;
            };
            /** @description Why the change was made; kept in the record’s history. */
            reason?: string;
        };
        ChangedMeasure: {
            measure: components["schemas"]["StoredMeasure"];
            predecessor: components["schemas"]["StoredMeasure"];
        };
        Issue: {
            code: string;
            message: string;
            file?: string;
            record?: string;
            recordKind?: string;
            path?: string;
            row?: number;
            field?: string;
            page?: number;
            line?: number;
            column?: number;
        };
        Error: {
            error: {
                code: string;
                message: string;
                issues?: components["schemas"]["Issue"][];
                total?: number;
                current?: unknown;
            };
        };
        HistoryEntry: {
            seq: number;
            at: string;
            /** @description The id of who acted (user:ID, cli:NAME, system). */
            actor: string;
            /** @description Who acted, by name: an account's display name, the command line's user, Casewatch for the system. Given only to readers who may be shown it (never a staff name to the public); show the id otherwise. */
            actorName?: string;
            /** @enum {string} */
            action: "create" | "update" | "delete";
            version: number;
            reason?: string;
            changedFields: string[];
            before: unknown;
            after: unknown;
        };
        History: {
            entries: components["schemas"]["HistoryEntry"][];
        };
        ImportReport: {
            created: number;
            updated: number;
            unchanged: number;
            dryRun: boolean;
            /** @enum {string} */
            mode: "merge" | "create";
            counts: {
                source: number;
                organisation: number;
                person: number;
                case: number;
                event: number;
                charge: number;
                measure: number;
                hearing: number;
                decision: number;
                allegation: number;
                evidence: number;
            };
            total: number;
            outcomes: {
                source: {
                    created: number;
                    updated: number;
                    unchanged: number;
                };
                organisation: {
                    created: number;
                    updated: number;
                    unchanged: number;
                };
                person: {
                    created: number;
                    updated: number;
                    unchanged: number;
                };
                case: {
                    created: number;
                    updated: number;
                    unchanged: number;
                };
                event: {
                    created: number;
                    updated: number;
                    unchanged: number;
                };
                charge: {
                    created: number;
                    updated: number;
                    unchanged: number;
                };
                measure: {
                    created: number;
                    updated: number;
                    unchanged: number;
                };
                hearing: {
                    created: number;
                    updated: number;
                    unchanged: number;
                };
                decision: {
                    created: number;
                    updated: number;
                    unchanged: number;
                };
                allegation: {
                    created: number;
                    updated: number;
                    unchanged: number;
                };
                evidence: {
                    created: number;
                    updated: number;
                    unchanged: number;
                };
            };
            warnings: components["schemas"]["Issue"][];
        };
        CaseSummary: {
            id: components["schemas"]["Id"];
            title: string;
            jurisdiction: string;
            defendants: {
                id: components["schemas"]["Id"];
                name: string;
            }[];
            /** @enum {string} */
            visibility: "public" | "internal" | "restricted";
        };
        CaseList: {
            cases: components["schemas"]["CaseSummary"][];
            next?: string;
        };
        CaseDraftQuery: {
            /** @description The source's text, as pasted: a dispatch, a court report. */
            text: string;
            /** @description The jurisdiction whose law the offences are read against (kz). */
            jurisdiction: string;
            /** @description The source's date: what the text writes without a year is dated near it, and a hearing after it is to come. */
            publishedOn?: string;
        };
        CaseDraft: {
            /** @description The persons the text names in full, most named first, with their other spellings. */
            persons: {
                name: string;
                otherNames: string[];
                mentions: number;
                /** @description The first sentence each spelling is written in as spelt; one written only declined has none. */
                writtenAt: {
                    name: string;
                    /** @description The sentence of the text the fact was read from, by its characters. */
                    quote: {
                        start: number;
                        end: number;
                        text: string;
                    };
                }[];
            }[];
            charges: {
                article?: {
                    code: string;
                    article: string;
                    part?: string;
                };
                /** @description The elements of the article's offence, as the law data lists them, titled by language. */
                elements?: {
                    key: string;
                    titles: {
                        [key: string]: string;
                    };
                }[];
                /** @description The offence as the text words it; empty for an article cited by number. */
                label: string;
                /** @description The article is the one whose title holds the text's words: the text does not cite it. */
                isArticleByTitle?: boolean;
                /** @enum {string} */
                began: "brought" | "reclassification" | "rebrought";
                /** @description The earlier charge (its index here) this one follows. */
                from?: number;
                date?: {
                    date: string;
                    /** @description Written without a year, or worked out from another date and a length ("two months after"). */
                    isInferred: boolean;
                    /**
                     * @description How it was worked out: the nearest year; a length before a later step; after the events charged and before the step that ended the charge, the first hearing that tried it, or (for a measure) the latest news less its length, from a day the text shows the person at liberty where it gives one; sent to court after it was brought and by the first hearing held on it; written on or after the latest news and before the first day to come; counted from the date just before ("the next day", "two weeks later"); a claim's conduct as the events its charge is brought for.
                     * @enum {string}
                     */
                    because?: "no_year" | "length_before_step" | "events_to_step" | "events_to_hearing" | "events_to_news" | "liberty_to_news" | "charge_to_trial" | "news_to_next" | "next_day" | "events_charged";
                };
                /** @description When it was sent to court, where a hearing held tried it: after it was brought, by that hearing. */
                sentToCourt?: {
                    date: string;
                    /** @description Written without a year, or worked out from another date and a length ("two months after"). */
                    isInferred: boolean;
                    /**
                     * @description How it was worked out: the nearest year; a length before a later step; after the events charged and before the step that ended the charge, the first hearing that tried it, or (for a measure) the latest news less its length, from a day the text shows the person at liberty where it gives one; sent to court after it was brought and by the first hearing held on it; written on or after the latest news and before the first day to come; counted from the date just before ("the next day", "two weeks later"); a claim's conduct as the events its charge is brought for.
                     * @enum {string}
                     */
                    because?: "no_year" | "length_before_step" | "events_to_step" | "events_to_hearing" | "events_to_news" | "liberty_to_news" | "charge_to_trial" | "news_to_next" | "next_day" | "events_charged";
                };
                /** @description The sentence that dates it, where it is not the one naming it. */
                dateQuote?: {
                    start: number;
                    end: number;
                    text: string;
                };
                /** @description When it was dropped, and the sentence that says so. */
                dropped?: {
                    date: {
                        date: string;
                        /** @description Written without a year, or worked out from another date and a length ("two months after"). */
                        isInferred: boolean;
                        /**
                         * @description How it was worked out: the nearest year; a length before a later step; after the events charged and before the step that ended the charge, the first hearing that tried it, or (for a measure) the latest news less its length, from a day the text shows the person at liberty where it gives one; sent to court after it was brought and by the first hearing held on it; written on or after the latest news and before the first day to come; counted from the date just before ("the next day", "two weeks later"); a claim's conduct as the events its charge is brought for.
                         * @enum {string}
                         */
                        because?: "no_year" | "length_before_step" | "events_to_step" | "events_to_hearing" | "events_to_news" | "liberty_to_news" | "charge_to_trial" | "news_to_next" | "next_day" | "events_charged";
                    };
                    /** @description The sentence of the text the fact was read from, by its characters. */
                    quote: {
                        start: number;
                        end: number;
                        text: string;
                    };
                };
                /** @description What it is brought for, in the text's words, and when those acts took place where the events they name are dated; a charge of the same lineage takes those of the one that gives them. */
                conduct?: {
                    text: string;
                    on?: {
                        date: string;
                        /** @description Written without a year, or worked out from another date and a length ("two months after"). */
                        isInferred: boolean;
                        /**
                         * @description How it was worked out: the nearest year; a length before a later step; after the events charged and before the step that ended the charge, the first hearing that tried it, or (for a measure) the latest news less its length, from a day the text shows the person at liberty where it gives one; sent to court after it was brought and by the first hearing held on it; written on or after the latest news and before the first day to come; counted from the date just before ("the next day", "two weeks later"); a claim's conduct as the events its charge is brought for.
                         * @enum {string}
                         */
                        because?: "no_year" | "length_before_step" | "events_to_step" | "events_to_hearing" | "events_to_news" | "liberty_to_news" | "charge_to_trial" | "news_to_next" | "next_day" | "events_charged";
                    };
                    /** @description The sentence of the text the fact was read from, by its characters. */
                    quote: {
                        start: number;
                        end: number;
                        text: string;
                    };
                };
                /** @description The sentence of the text the fact was read from, by its characters. */
                quote: {
                    start: number;
                    end: number;
                    text: string;
                };
            }[];
            measures: {
                /** @description A measure kind of the jurisdiction's law data. */
                kind: string;
                /** @description Its length as the text writes it. */
                duration?: string;
                from?: {
                    date: string;
                    /** @description Written without a year, or worked out from another date and a length ("two months after"). */
                    isInferred: boolean;
                    /**
                     * @description How it was worked out: the nearest year; a length before a later step; after the events charged and before the step that ended the charge, the first hearing that tried it, or (for a measure) the latest news less its length, from a day the text shows the person at liberty where it gives one; sent to court after it was brought and by the first hearing held on it; written on or after the latest news and before the first day to come; counted from the date just before ("the next day", "two weeks later"); a claim's conduct as the events its charge is brought for.
                     * @enum {string}
                     */
                    because?: "no_year" | "length_before_step" | "events_to_step" | "events_to_hearing" | "events_to_news" | "liberty_to_news" | "charge_to_trial" | "news_to_next" | "next_day" | "events_charged";
                };
                isOngoing: boolean;
                quotes: {
                    start: number;
                    end: number;
                    text: string;
                }[];
            }[];
            /** @description The investigators, prosecutors and courts the text names by their own names. */
            authorities: {
                /** @description As the text writes it. */
                name: string;
                /** @enum {string} */
                role: "investigating" | "prosecuting" | "court_first_instance" | "court_appeal" | "court_cassation";
                /** @description The sentence of the text the fact was read from, by its characters. */
                quote: {
                    start: number;
                    end: number;
                    text: string;
                };
                /** @description The charges (their indexes here) it brought: those drafted from a sentence naming it. */
                charges: number[];
                /** @description For a court, the hearings (their indexes here) it held: those drafted from a sentence naming it. */
                hearings: number[];
            }[];
            /** @description The organisations the text ties the persons to: a party they lead, a movement they belong to. */
            affiliations: {
                /** @description The person (their index in persons) the text ties to it. */
                person: number;
                /** @description The organisation's name as the text writes it. */
                name: string;
                /** @description Their role in it as the text words it ("opposition leader", "member"). */
                role: string;
                /** @enum {string} */
                kind: "party" | "movement" | "ngo" | "media" | "other";
                /** @description The text says it works without registration ("unregistered"). */
                isUnregistered: boolean;
                /** @description The sentence of the text the fact was read from, by its characters. */
                quote: {
                    start: number;
                    end: number;
                    text: string;
                };
            }[];
            /** @description The public events the text dates beside the case: protests, riots, elections, referendums. */
            events: {
                /** @enum {string} */
                kind: "protest" | "riot" | "election" | "referendum";
                /** @description As the text names it ("January 2022 protests"). */
                title: string;
                start: {
                    date: string;
                    /** @description Written without a year, or worked out from another date and a length ("two months after"). */
                    isInferred: boolean;
                    /**
                     * @description How it was worked out: the nearest year; a length before a later step; after the events charged and before the step that ended the charge, the first hearing that tried it, or (for a measure) the latest news less its length, from a day the text shows the person at liberty where it gives one; sent to court after it was brought and by the first hearing held on it; written on or after the latest news and before the first day to come; counted from the date just before ("the next day", "two weeks later"); a claim's conduct as the events its charge is brought for.
                     * @enum {string}
                     */
                    because?: "no_year" | "length_before_step" | "events_to_step" | "events_to_hearing" | "events_to_news" | "liberty_to_news" | "charge_to_trial" | "news_to_next" | "next_day" | "events_charged";
                };
                place?: {
                    /** @description A city or place, as the text writes it. */
                    name?: string;
                    /** @description A country's two-letter code. */
                    country?: string;
                };
                /** @description The dead the text counts ("at least 238 people died"), and the sentence counting them. */
                deaths?: {
                    value: number;
                    /** @enum {string} */
                    qualifier: "exact" | "at_least" | "about";
                    /** @description The sentence of the text the fact was read from, by its characters. */
                    quote: {
                        start: number;
                        end: number;
                        text: string;
                    };
                };
                /** @description The sentence of the text the fact was read from, by its characters. */
                quote: {
                    start: number;
                    end: number;
                    text: string;
                };
            }[];
            /** @description The items of evidence the text tells of: expert opinions, the videos and posts a claim rests on. */
            evidence: {
                /** @enum {string} */
                type: "expert_opinion" | "video" | "photo" | "post";
                /**
                 * @description Who put it forward.
                 * @enum {string}
                 */
                side: "prosecution" | "defence" | "court" | "unknown";
                /**
                 * @description For an expert opinion: the side that had it made.
                 * @enum {string}
                 */
                commissionedBy?: "prosecution" | "defence" | "court";
                /** @description As the text names it ("Expert analyses commissioned by the prosecution"). */
                title: string;
                /** @description What an expert opinion found, as its sentence goes on to say. */
                description?: string;
                /** @description The claims (their indexes here) it is put forward for: those drafted from its sentence. */
                allegations: number[];
                /** @description The sentence of the text the fact was read from, by its characters. */
                quote: {
                    start: number;
                    end: number;
                    text: string;
                };
            }[];
            /** @description The prosecution's documents the text tells of without being them (the indictment), the claims it reports being made in them. */
            documents: {
                /** @enum {string} */
                kind: "indictment";
                /** @description Its pages, where the text gives them. */
                pageCount?: number;
                /** @description The first sentence naming it. */
                quote: {
                    start: number;
                    end: number;
                    text: string;
                };
            }[];
            /** @description The longest prison terms the text says its charges carry ("a maximum 10-year prison sentence"), to be set against the law's. */
            statedMaximums: {
                /** @description The longest term the sentence says the charges carry. */
                max: {
                    years?: number;
                    months?: number;
                    days?: number;
                    hours?: number;
                };
                /** @description The charges (their indexes here) it speaks of: named in its sentence, or in the one before. */
                charges: number[];
                /** @description The sentence of the text the fact was read from, by its characters. */
                quote: {
                    start: number;
                    end: number;
                    text: string;
                };
            }[];
            hearings: {
                /** @enum {string} */
                kind: "detention_review" | "preliminary" | "trial_session" | "verdict" | "appeal";
                date: {
                    date: string;
                    /** @description Written without a year, or worked out from another date and a length ("two months after"). */
                    isInferred: boolean;
                    /**
                     * @description How it was worked out: the nearest year; a length before a later step; after the events charged and before the step that ended the charge, the first hearing that tried it, or (for a measure) the latest news less its length, from a day the text shows the person at liberty where it gives one; sent to court after it was brought and by the first hearing held on it; written on or after the latest news and before the first day to come; counted from the date just before ("the next day", "two weeks later"); a claim's conduct as the events its charge is brought for.
                     * @enum {string}
                     */
                    because?: "no_year" | "length_before_step" | "events_to_step" | "events_to_hearing" | "events_to_news" | "liberty_to_news" | "charge_to_trial" | "news_to_next" | "next_day" | "events_charged";
                };
                /** @enum {string} */
                status: "held" | "scheduled";
                /** @description The charges (their indexes here) it tries. */
                charges: number[];
                /** @description The sentence of the text the fact was read from, by its characters. */
                quote: {
                    start: number;
                    end: number;
                    text: string;
                };
            }[];
            /** @description The verdicts the text tells of (not rulings on appeal), in the order of their days. */
            verdicts: {
                date: {
                    date: string;
                    /** @description Written without a year, or worked out from another date and a length ("two months after"). */
                    isInferred: boolean;
                    /**
                     * @description How it was worked out: the nearest year; a length before a later step; after the events charged and before the step that ended the charge, the first hearing that tried it, or (for a measure) the latest news less its length, from a day the text shows the person at liberty where it gives one; sent to court after it was brought and by the first hearing held on it; written on or after the latest news and before the first day to come; counted from the date just before ("the next day", "two weeks later"); a claim's conduct as the events its charge is brought for.
                     * @enum {string}
                     */
                    because?: "no_year" | "length_before_step" | "events_to_step" | "events_to_hearing" | "events_to_news" | "liberty_to_news" | "charge_to_trial" | "news_to_next" | "next_day" | "events_charged";
                };
                /** @enum {string} */
                outcome: "convicted" | "acquitted";
                /** @description The charges (their indexes here) it decided. */
                charges: number[];
                /** @description Its sentence names no charge: every charge still standing is taken. */
                isEveryCharge: boolean;
                /** @description The penalty, when it convicted. */
                sentence?: {
                    /** @description A kind of penalty of the jurisdiction's law data. */
                    type?: string;
                    /** @description Its length as the text writes it. */
                    term?: string;
                    isSuspended: boolean;
                };
                /** @description The sentence of the text the fact was read from, by its characters. */
                quote: {
                    start: number;
                    end: number;
                    text: string;
                };
            }[];
            /** @description The prosecution's claims the text reports ("the prosecutor argues that…"), in its order. */
            allegations: {
                /** @description The claim's own words, in a line. */
                summary: string;
                /** @enum {string} */
                type: "act" | "speech";
                /** @description The charge (its index here) it serves: named by its sentence, else the last brought that stands. */
                charge?: number;
                /** @description The elements of that charge's offence (their keys) the claim asserts, by its words, its purpose and its intent. */
                elements: string[];
                /** @description The sentence of the text the fact was read from, by its characters. */
                quote: {
                    start: number;
                    end: number;
                    text: string;
                };
                /** @description For speech the text itself judges no crime ("Calling for political reforms is not a crime"): the source's assessment of it as protected expression. */
                assessment?: {
                    /** @constant */
                    finding: "protected";
                    /** @description The words of the text judging it, up to the judgement. */
                    reasoning: string;
                    /** @description The sentence of the text the fact was read from, by its characters. */
                    quote: {
                        start: number;
                        end: number;
                        text: string;
                    };
                };
                /** @description When the conduct took place: the events the claim's sentence, or its charge's, dates. */
                conductOn?: {
                    date: string;
                    /** @description Written without a year, or worked out from another date and a length ("two months after"). */
                    isInferred: boolean;
                    /**
                     * @description How it was worked out: the nearest year; a length before a later step; after the events charged and before the step that ended the charge, the first hearing that tried it, or (for a measure) the latest news less its length, from a day the text shows the person at liberty where it gives one; sent to court after it was brought and by the first hearing held on it; written on or after the latest news and before the first day to come; counted from the date just before ("the next day", "two weeks later"); a claim's conduct as the events its charge is brought for.
                     * @enum {string}
                     */
                    because?: "no_year" | "length_before_step" | "events_to_step" | "events_to_hearing" | "events_to_news" | "liberty_to_news" | "charge_to_trial" | "news_to_next" | "next_day" | "events_charged";
                };
                /** @description For a claim read from an indictment: the text's own answer to it ("the indictment does not say he called for violence"). */
                answer?: {
                    /** @description The text's sentences answering the claim, as one note. */
                    note: string;
                    quotes: {
                        start: number;
                        end: number;
                        text: string;
                    }[];
                };
                /** @description The document (its index in `documents`) the claim is made in: its sentence names it. */
                document?: number;
            }[];
            /** @description The latest day the text names that has passed. */
            latest?: {
                date: string;
                /** @description Written without a year, or worked out from another date and a length ("two months after"). */
                isInferred: boolean;
                /**
                 * @description How it was worked out: the nearest year; a length before a later step; after the events charged and before the step that ended the charge, the first hearing that tried it, or (for a measure) the latest news less its length, from a day the text shows the person at liberty where it gives one; sent to court after it was brought and by the first hearing held on it; written on or after the latest news and before the first day to come; counted from the date just before ("the next day", "two weeks later"); a claim's conduct as the events its charge is brought for.
                 * @enum {string}
                 */
                because?: "no_year" | "length_before_step" | "events_to_step" | "events_to_hearing" | "events_to_news" | "liberty_to_news" | "charge_to_trial" | "news_to_next" | "next_day" | "events_charged";
            };
            /** @description When the text was written, where its date is not given: on or after its latest news, before the first day it names as to come. */
            written?: {
                date: string;
                /** @description Written without a year, or worked out from another date and a length ("two months after"). */
                isInferred: boolean;
                /**
                 * @description How it was worked out: the nearest year; a length before a later step; after the events charged and before the step that ended the charge, the first hearing that tried it, or (for a measure) the latest news less its length, from a day the text shows the person at liberty where it gives one; sent to court after it was brought and by the first hearing held on it; written on or after the latest news and before the first day to come; counted from the date just before ("the next day", "two weeks later"); a claim's conduct as the events its charge is brought for.
                 * @enum {string}
                 */
                because?: "no_year" | "length_before_step" | "events_to_step" | "events_to_hearing" | "events_to_news" | "liberty_to_news" | "charge_to_trial" | "news_to_next" | "next_day" | "events_charged";
            };
        };
        SearchHit: {
            /** @enum {string} */
            kind: "person" | "organisation" | "case" | "charge" | "event" | "hearing" | "source";
            id: string;
            /** @description The case the record belongs to, for the records of a case. */
            caseId?: string;
            title: string;
            /** @description The text around the match, in segments; the `hit` ones are what matched. Plain text, never HTML. */
            snippet: {
                text: string;
                hit: boolean;
            }[];
            /** @description The field that matched (names, title, summary, article, page…). */
            field: string;
            /** @description For a document found by its text (field `page`): the page of the document the snippet is from; the viewer opens it at /documents/{id}?page=N. */
            page?: number;
            /** @description With `page`: how many of the document's pages the query found, that page among them. */
            pagesFound?: number;
            /**
             * @description exact: the same spelling; loose: another form of the name; text: words.
             * @enum {string}
             */
            match: "exact" | "loose" | "text";
            score: number;
        };
        SearchPage: {
            hits: components["schemas"]["SearchHit"][];
            facets: {
                kind: {
                    value: string;
                    count: number;
                }[];
                jurisdiction: {
                    value: string;
                    count: number;
                }[];
                article: {
                    value: string;
                    count: number;
                }[];
                status: {
                    value: string;
                    count: number;
                }[];
                measure: {
                    value: string;
                    count: number;
                }[];
                organisation: {
                    value: string;
                    count: number;
                }[];
                year: {
                    value: string;
                    count: number;
                }[];
            };
            total: number;
            /** @description The search found more than it counts: `total` and the facets count the records of the first entries found, so there are at least `total`. Paging by `next` still reaches every hit. */
            totalIsLowerBound: boolean;
            /** @description Pass as `cursor` for the next page; absent on the last. A page may hold fewer hits than asked and still have a next one. */
            next?: string;
        };
        Suggestions: {
            suggestions: {
                /** @enum {string} */
                kind: "person" | "organisation" | "case" | "charge" | "event" | "hearing" | "source";
                id: string;
                label: string;
            }[];
        };
        SimilarPersonsQuery: {
            /** @description The names as typed so far, in any script and spelling. */
            names: string[];
        };
        SimilarPersons: {
            persons: {
                id: string;
                names: string[];
                /** @enum {string} */
                match: "exact" | "loose";
            }[];
        };
        FoundArticles: {
            items: {
                /** @description The code (cc). */
                code: string;
                article: string;
                /** @description The part whose title holds the words, when it is a part. */
                part?: string;
                /** @description The part's titles, else the article's. */
                titles: {
                    [key: string]: string;
                };
                /** @description The article's titles, when a part was found. */
                articleTitles?: {
                    [key: string]: string;
                };
                /**
                 * @description Its penalties are in the law data; only its title; the code dropped it.
                 * @enum {string}
                 */
                known: "sanctioned" | "indexed" | "excluded";
                /** @description How many of the words asked its title holds. */
                matched: number;
            }[];
        };
        LawVocabulary: {
            jurisdiction: string;
            /** @description By language (en, ru, kk). */
            names: {
                [key: string]: string;
            };
            codes: {
                id: string;
                /** @description By language (en, ru, kk). */
                titles: {
                    [key: string]: string;
                };
            }[];
            /** @description Most severe first. */
            measures: {
                key: string;
                /** @description By language (en, ru, kk). */
                titles: {
                    [key: string]: string;
                };
                deprivesLiberty: boolean;
                /** @description The kind of deprivation of liberty its days count as (detention, house_arrest…). */
                deprivation?: string;
            }[];
            sentenceTypes: {
                key: string;
                /** @description By language (en, ru, kk). */
                titles: {
                    [key: string]: string;
                };
            }[];
            regimes: {
                key: string;
                /** @description By language (en, ru, kk). */
                titles: {
                    [key: string]: string;
                };
            }[];
            /** @description The jurisdiction's money unit, in which its fines are stated. */
            moneyUnit?: {
                /** @description The unit amounts carry (mci). */
                key: string;
                /** @description By language: MCI, МРП, АЕК. */
                abbreviations: {
                    [key: string]: string;
                };
                /** @description In a language that declines the abbreviation, how the bounds of a range word it: kk АЕК-тен, АЕК-ке. */
                boundForms?: {
                    [key: string]: {
                        from: string;
                        to: string;
                    };
                };
            };
        };
        ArticleDescription: {
            /** @description kz CC 272(1) */
            label: string;
            /**
             * @description The sanction is known; only the title (from the code index); the article was excluded from the code; nothing.
             * @enum {string}
             */
            known: "sanctioned" | "indexed" | "excluded" | "unknown";
            /**
             * @description For `unknown`: what the law data lacks.
             * @enum {string}
             */
            reason?: "jurisdiction" | "code" | "article" | "part";
            /** @description By language (en, ru, kk). */
            titles?: {
                [key: string]: string;
            };
            /** @description For `excluded`: the law that excluded it. */
            excludedBy?: string;
            parts: {
                /** @description The part, absent for an article without parts. */
                part?: string;
                /** @description By language (en, ru, kk). */
                titles?: {
                    [key: string]: string;
                };
                penalties: {
                    /** @description A sentence type of the jurisdiction's law data (imprisonment, fine…). */
                    type: string;
                    min?: {
                        value: number;
                        unit: string;
                    };
                    max?: {
                        value: number;
                        unit: string;
                    };
                    life?: boolean;
                    /** @description The sentence type's title. */
                    titles?: {
                        [key: string]: string;
                    };
                }[];
                /** @description The law data has the part but not its sanction: never read as "no penalty". */
                isPenaltyUnknown: boolean;
                gravity?: {
                    key: string;
                    /** @description By language (en, ru, kk). */
                    titles: {
                        [key: string]: string;
                    };
                };
                /** @enum {string} */
                certainty: "verified" | "uncertain";
            }[];
            /** @description The day the law is read as of. */
            onDate: string;
            /** @description The jurisdiction's money unit, in which its fines are stated. */
            moneyUnit?: {
                /** @description The unit amounts carry (mci). */
                key: string;
                /** @description By language: MCI, МРП, АЕК. */
                abbreviations: {
                    [key: string]: string;
                };
                /** @description In a language that declines the abbreviation, how the bounds of a range word it: kk АЕК-тен, АЕК-ке. */
                boundForms?: {
                    [key: string]: {
                        from: string;
                        to: string;
                    };
                };
            };
        };
        DocumentSummary: {
            id: string;
            title: string;
            case?: string;
            /** @enum {string} */
            documentKind?: "indictment" | "decree" | "court_decision" | "verdict" | "expert_analysis" | "complaint" | "transcript" | "video" | "photo" | "article" | "report" | "statement" | "other";
            /** @enum {string} */
            kind: "document" | "web" | "capture" | "testimony" | "media";
            url?: string;
            capture?: {
                platform?: string;
                postId?: string & (unknown & unknown);
                account?: string & (unknown & unknown);
                publishedAt?: string;
                capturedAt?: string;
                collector?: string & (unknown & unknown);
                tool?: string & (unknown & unknown);
            };
            file: {
                sha256: string;
                size: number;
                mediaType: string;
                name?: string & (unknown & unknown);
            };
            /** @enum {string} */
            textStatus: "pending" | "reading" | "done" | "failed" | "none";
            pageCount?: number;
            pagesDone: number;
            textNote?: string;
            /** @enum {string} */
            visibility: "public" | "internal" | "restricted";
        };
        DocumentAdded: {
            id: string;
            sha256: string;
            /** @enum {string} */
            textStatus: "pending" | "reading" | "done" | "failed" | "none";
            document: components["schemas"]["DocumentSummary"];
        };
        DocumentList: {
            items: components["schemas"]["DocumentSummary"][];
        };
        DocumentPage: {
            page: number;
            text: string;
            /** @enum {string} */
            method: "text" | "ocr" | "none";
        };
        DocumentPages: {
            pages: components["schemas"]["DocumentPage"][];
        };
        DocumentSuggestion: {
            key: string;
            /** @enum {string} */
            type: "citation" | "date" | "sentence" | "person" | "link";
            page: number;
            start: number;
            end: number;
            quote: string;
            label: string;
            value: unknown;
        };
        DocumentSuggestions: {
            suggestions: components["schemas"]["DocumentSuggestion"][];
        };
        CustodyEvent: {
            /** @enum {string} */
            action: "added" | "exported" | "verified" | "verify_failed" | "text_read";
            /** @description The id of who acted (user:ID, cli:NAME, system). */
            actor: string;
            /** @description Who acted, by name: an account's display name, the command line's user, Casewatch for the system. Given only to readers who may be shown it (never a staff name to the public); show the id otherwise. */
            actorName?: string;
            at: string;
            origin?: string;
            /** @description What the event concerns, as data for the reader's language to word. */
            details?: {
                /** @description The file name it was added under. */
                fileName?: string;
                /** @description The pages whose text was read. */
                pages?: number;
                /** @description Of those, the pages read by OCR. */
                ocrPages?: number;
                /** @description Why the reading failed, as the reader of the file said. */
                reason?: string;
                /**
                 * @description What re-hashing found: other bytes, or no file.
                 * @enum {string}
                 */
                check?: "changed" | "missing";
            };
            /** @description What an event recorded by an older version says of it, in English; newer events carry details. */
            detail?: string;
        };
        Custody: {
            events: components["schemas"]["CustodyEvent"][];
        };
        IndictmentMatrix: {
            case: string;
            jurisdiction: string;
            charges: {
                charge: string;
                article: {
                    jurisdiction: string;
                    code: string;
                    article: string;
                    part?: string;
                    paragraph?: string;
                };
                articleText: string;
                label?: string;
                state: string;
                isLive: boolean;
                /** @description Live as far as the record says, but it replaced a charge later brought again: its fate is not recorded. */
                isFateUnknown: boolean;
                /** @description The day the elements were read for: the act date, or the first step. */
                onDate: string;
                /** @description When it was first brought, as recorded: how charges under one article are told apart. */
                broughtOn?: string;
                /** @description False when the law data holds no elements for the article. */
                hasElementData: boolean;
                elements: {
                    key: string;
                    /** @enum {string} */
                    kind: "conduct" | "circumstance" | "consequence" | "intent" | "subject";
                    /** @description A title per language code (en, ru, kk…), English always. */
                    titles: {
                        en: string;
                    } & {
                        [key: string]: string;
                    };
                    alternatives?: ({
                        en: string;
                    } & {
                        [key: string]: string;
                    })[];
                    /** @enum {string} */
                    status: "uncovered" | "unsupported" | "commissioned_only" | "protected_speech" | "supported";
                    allegations: string[];
                    supportedBy: string[];
                    contradictedBy: string[];
                }[];
                allegations: {
                    allegation: string;
                    /** @enum {string} */
                    type: "act" | "speech" | "association" | "omission";
                    summary: string;
                    document: string;
                    /** @description The document's pages, where recorded and the reader may see it */
                    documentPageCount?: number;
                    passage?: {
                        page: number;
                        start?: number;
                        end?: number;
                        quote: string;
                    };
                    /** @description When the conduct alleged took place, as the document says. */
                    conductOn?: string;
                    elements: string[];
                    speechAssessment?: {
                        /** @enum {string} */
                        finding: "protected" | "not_protected" | "undetermined";
                        standard?: string;
                        reasoning?: string;
                        /** @default [] */
                        sources: {
                            source: string;
                            page?: number;
                            pageEnd?: number;
                            locator?: string & (unknown & unknown);
                            quote?: string;
                            note?: string;
                        }[];
                    };
                    /** @description What the record notes of the claim: a source's answer to it, where the reader may see it. */
                    note?: string;
                    evidence: {
                        evidence: string;
                        title: string;
                        /** @enum {string} */
                        type: "witness_statement" | "expert_opinion" | "video" | "audio" | "photo" | "post" | "document" | "physical_object" | "interrogation" | "other";
                        /** @enum {string} */
                        side: "prosecution" | "defence" | "court" | "independent" | "unknown";
                        /** @enum {string} */
                        commissionedBy?: "prosecution" | "defence" | "court" | "independent" | "unknown";
                        /** @enum {string} */
                        stance: "supports" | "contradicts" | "does_not_address";
                        /** @description The allegation's elements this link bears on. */
                        elements: string[];
                        /** @description An expert opinion the prosecution commissioned. */
                        isProsecutionExpert: boolean;
                        reliability?: string;
                        note?: string;
                    }[];
                }[];
            }[];
            unattached: {
                allegation: string;
                /** @enum {string} */
                type: "act" | "speech" | "association" | "omission";
                summary: string;
                document: string;
                /** @description The document's pages, where recorded and the reader may see it */
                documentPageCount?: number;
                passage?: {
                    page: number;
                    start?: number;
                    end?: number;
                    quote: string;
                };
                /** @description When the conduct alleged took place, as the document says. */
                conductOn?: string;
                elements: string[];
                speechAssessment?: {
                    /** @enum {string} */
                    finding: "protected" | "not_protected" | "undetermined";
                    standard?: string;
                    reasoning?: string;
                    /** @default [] */
                    sources: {
                        source: string;
                        page?: number;
                        pageEnd?: number;
                        locator?: string & (unknown & unknown);
                        quote?: string;
                        note?: string;
                    }[];
                };
                /** @description What the record notes of the claim: a source's answer to it, where the reader may see it. */
                note?: string;
                evidence: {
                    evidence: string;
                    title: string;
                    /** @enum {string} */
                    type: "witness_statement" | "expert_opinion" | "video" | "audio" | "photo" | "post" | "document" | "physical_object" | "interrogation" | "other";
                    /** @enum {string} */
                    side: "prosecution" | "defence" | "court" | "independent" | "unknown";
                    /** @enum {string} */
                    commissionedBy?: "prosecution" | "defence" | "court" | "independent" | "unknown";
                    /** @enum {string} */
                    stance: "supports" | "contradicts" | "does_not_address";
                    /** @description The allegation's elements this link bears on. */
                    elements: string[];
                    /** @description An expert opinion the prosecution commissioned. */
                    isProsecutionExpert: boolean;
                    reliability?: string;
                    note?: string;
                }[];
            }[];
            /** @description The case's evidence linked to no allegation the reader may see. */
            unlinked: {
                evidence: string;
                title: string;
                /** @enum {string} */
                type: "witness_statement" | "expert_opinion" | "video" | "audio" | "photo" | "post" | "document" | "physical_object" | "interrogation" | "other";
                /** @enum {string} */
                side: "prosecution" | "defence" | "court" | "independent" | "unknown";
                /** @enum {string} */
                commissionedBy?: "prosecution" | "defence" | "court" | "independent" | "unknown";
                isProsecutionExpert: boolean;
                description?: string;
            }[];
            gaps: {
                /** @enum {string} */
                kind: "charge_unargued" | "element_uncovered" | "element_unsupported" | "allegation_unsupported" | "only_commissioned_expert" | "element_only_commissioned" | "element_protected_speech" | "speech_unassessed" | "element_not_in_article" | "allegation_without_charge";
                charge?: string;
                element?: string;
                allegation?: string;
                evidence?: string[];
                message: string;
            }[];
            isCertain: boolean;
            withheld?: {
                records: {
                    /** @enum {string} */
                    kind: "source" | "organisation" | "person" | "case" | "event" | "charge" | "measure" | "hearing" | "decision" | "allegation" | "evidence";
                    count: number;
                }[];
                note: string;
            };
        };
        ChargeElements: {
            charge: string;
            jurisdiction: string;
            code: string;
            article: string;
            part?: string;
            /** @description False when the law data holds no elements for the article. */
            isHeld: boolean;
            elements: {
                key: string;
                kind: string;
                title: string;
                alternatives?: string[];
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
