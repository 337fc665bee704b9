/** `{ [key]: value }` when the value is there, else `{}`: spreads an optional field without writing `undefined`. */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}
