// The scenario reader's loader (src/ui/reader.rs starts one worker with it the first time a
// TOML file is opened or downloaded). The reader's own handler (src/bin/reader.rs) takes
// every message once its module runs, and says so with a ready message.
importScripts("./reader.js");
wasm_bindgen({ module_or_path: "./reader_bg.wasm" }).catch((error) => {
  // Thrown from a task of its own, the error reaches the page as the worker's error event.
  setTimeout(() => {
    throw error;
  });
});
