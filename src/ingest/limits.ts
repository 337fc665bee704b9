// How much an uploaded file may cost us before it is refused: its size, its pages, what its streams inflate to.

/** The bounds every upload is checked against; each can be set, the rest keep their defaults. */
export interface IngestLimits {
  /** The largest file accepted, in bytes (200 MB). */
  maxBytes: number;
  /** The most pages a PDF may have. */
  maxPages: number;
  /** The most objects a PDF may declare (direct ones and those inside object streams). */
  maxObjects: number;
  /** The most bytes one compressed PDF stream may inflate to. */
  maxStreamBytes: number;
  /** The most bytes all of a PDF's compressed streams together may inflate to. */
  maxInflatedBytes: number;
  /** Past `ratioFloorBytes` inflated, the most a stream may grow over its compressed size. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** The largest image, in pixels, pdf.js will decode. */
  maxImagePixels: number;
  /** How long the OCR of one page may take. */
  ocrPageTimeoutMs: number;
  /**
   * How long pdftotext may take to read a whole document's text layer; past it, pdf.js reads it instead (a
   * 5,000-page file reads in seconds, so this only stops a file that hangs the tool).
   */
  textLayerTimeoutMs: number;
}

const MB = 1024 * 1024;

/** The defaults: generous for a 1,000-page indictment with scans, short of what would exhaust the server. */
export const DEFAULT_LIMITS: IngestLimits = {
  maxBytes: 200 * MB,
  maxPages: 5000,
  maxObjects: 1_000_000,
  maxStreamBytes: 256 * MB,
  maxInflatedBytes: 2048 * MB,
  maxRatio: 1000,
  ratioFloorBytes: 100 * MB,
  maxImagePixels: 100_000_000,
  ocrPageTimeoutMs: 120_000,
  textLayerTimeoutMs: 300_000,
};
