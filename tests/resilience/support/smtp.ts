/**
 * A real SMTP server (smtp-server) that counts what it accepted, per recipient. `stall()` makes
 * it take messages without ever answering, as a mail server hanging mid-transfer: an instance
 * killed then has claimed messages that were never delivered.
 */
import { SMTPServer } from "smtp-server";

export class MailCatcher {
  /** Recipient → messages accepted (answered 250). */
  readonly delivered = new Map<string, number>();
  private stalled = false;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (this.stalled) return; // never answered: the sender waits until it gives up or dies
        for (const to of session.envelope.rcptTo) this.delivered.set(to.address, (this.delivered.get(to.address) ?? 0) + 1);
        callback();
      });
    },
  });

  get total(): number {
    return [...this.delivered.values()].reduce((a, b) => a + b, 0);
  }

  async start(port: number): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, "127.0.0.1", () => resolve());
    });
    return `smtp://127.0.0.1:${port}`;
  }

  stall(on: boolean): void {
    this.stalled = on;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
