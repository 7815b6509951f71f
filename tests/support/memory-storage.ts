// A Storage in memory, as the browser's behaves: for the browser-side modules that keep state in
// localStorage or sessionStorage.
export function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() { return items.size },
    key: i => [...items.keys()][i] ?? null,
    getItem: key => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: key => void items.delete(key),
    clear: () => items.clear(),
  }
}
