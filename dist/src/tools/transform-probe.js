// A worker thread that imports one user transform module and reports whether it loaded, so that
// the module's top-level code runs first where a time budget and a memory limit hold: a module
// that loops, or fills memory, while it loads is stopped there instead of hanging the main thread.
// ucma-codemod itself (what transforms import, tree-sitter included) is loaded before the clock
// starts: the budget measures the transform's own code.
import { parentPort, workerData } from 'node:worker_threads';
if (parentPort) {
    const port = parentPort;
    const data = workerData;
    await import(data.packageUrl);
    port.once('message', async () => {
        let answer;
        try {
            await import(data.url);
            answer = { loaded: true };
        }
        catch (thrown) {
            answer = { loaded: false, message: thrown instanceof Error ? thrown.message : String(thrown) };
        }
        port.postMessage(answer);
        // Ends on its own: a worker is never terminated while tree-sitter's native module is loaded.
        port.close();
    });
    port.postMessage({ ready: true });
}
