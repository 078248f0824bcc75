// Vendor libraries (copied from node_modules by the build) loaded the first
// time a page asks for one: a <script> for src that defines window[global].
const loading = new Map();

export function loadScript(src, global, what) {
  if (window[global]) return Promise.resolve(window[global]);
  if (!loading.has(src)) {
    loading.set(src, new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.async = true;
      s.onload = () => (window[global] ? resolve(window[global]) : reject(new Error(`The ${what} did not start.`)));
      s.onerror = () => {
        loading.delete(src); // ask again next time
        s.remove();
        reject(new Error(`The ${what} could not be loaded.`));
      };
      document.head.append(s);
    }));
  }
  return loading.get(src);
}
