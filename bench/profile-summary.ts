import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The parts of a V8 .cpuprofile this summary reads. */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** One function's share of a profile: self time, and total time (itself and what it calls). */
export interface ProfileLine {
  fn: string;
  selfMs: number;
  totalMs: number;
}

const where = (f: CpuProfile['nodes'][number]['callFrame']) =>
  `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/work\/main\//, '').replace(/^file:\/\//, '')}:${f.lineNumber + 1}`;

/** Self and total time per function (by name and place) in a .cpuprofile, largest first. */
export function summariseProfile(
  file: string,
  top = 30,
): { byTotal: ProfileLine[]; bySelf: ProfileLine[]; totalMs: number } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    all += dt;
    const node = byId.get(id);
    if (!node) return;
    const key = where(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = where((byId.get(at) as CpuProfile['nodes'][number]).callFrame);
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + dt);
      seen.add(k);
    }
  });
  const lines = [...total.keys()].map((fn) => ({
    fn,
    selfMs: Math.round(self.get(fn) ?? 0),
    totalMs: Math.round(total.get(fn) ?? 0),
  }));
  return {
    totalMs: Math.round(all),
    byTotal: [...lines].sort((a, b) => b.totalMs - a.totalMs).slice(0, top),
    bySelf: [...lines].sort((a, b) => b.selfMs - a.selfMs).slice(0, top),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(
    JSON.stringify(summariseProfile(process.argv[2] ?? '', Number(process.argv[3] ?? 30)), null, 1) + '\n',
  );
}
