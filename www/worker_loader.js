// The ensemble worker's loader (src/ui/worker_pool.rs starts one worker per core with it).
// The page compiles the worker's WebAssembly once and posts the compiled module to every
// worker, so that four workers do not each download and compile the same module. The first
// message is that module; the worker's own handler (src/bin/worker.rs) takes every later one.
importScripts("./worker.js");
self.onmessage = (event) => {
  self.onmessage = null;
  wasm_bindgen({ module_or_path: event.data }).catch((error) => {
    // Thrown from a task of its own, the error reaches the page as the worker's error event.
    setTimeout(() => {
      throw error;
    });
  });
};
