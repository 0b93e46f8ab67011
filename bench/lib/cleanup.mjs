// Everything the bench starts (server processes, PostgreSQL) registers its stop here, so a failure
// or Ctrl-C still stops it.
const stops = new Set();

/** Registers `stop`; returns a function that runs it once and unregisters it. */
export function track(stop) {
  let done = false;
  const once = async () => {
    if (done) return;
    done = true;
    stops.delete(once);
    await stop();
  };
  stops.add(once);
  return once;
}

/** Stops everything still running, newest first, reporting (not throwing) failures. */
export async function stopAll() {
  for (const stop of [...stops].reverse()) {
    try {
      await stop();
    } catch (err) {
      console.error(`bench: cleanup failed: ${err.message}`);
    }
  }
}
