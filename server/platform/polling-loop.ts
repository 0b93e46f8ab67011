import { outsideRequestScope } from './db/statement-count.js';

/**
 * Runs `work` again and again: at once while it finds something to do, otherwise every `pollMs`,
 * and at once when woken. A wake during a run is remembered, so no signal is lost.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private wokenWhileRunning = false;
  private stopped = true;

  constructor(
    private readonly work: () => Promise<number>,
    private readonly pollMs: number,
    private readonly onError: (err: unknown) => void,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  wake(): void {
    if (this.running) this.wokenWhileRunning = true;
    else this.schedule(0);
  }

  /** Stops polling and waits for a run in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 10));
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    // A request that wakes the loop does not make the loop's work part of that request.
    this.timer = outsideRequestScope(() => setTimeout(() => void this.tick(), delay));
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.wokenWhileRunning = false;
    let done = 0;
    try {
      done = await this.work();
    } catch (err) {
      this.onError(err);
    } finally {
      this.running = false;
    }
    this.schedule(done > 0 || this.wokenWhileRunning ? 0 : this.pollMs);
  }
}
