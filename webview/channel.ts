/**
 * The webview's end of the panel protocol: requests to the host and the host's notifications.
 */
import type {
  HostNotification, HostToWebview, PanelReply, PanelRequest, WebviewToHost,
} from '../src/protocol/panelProtocol';
import { RequestTracker } from '../src/protocol/requestReply';

/** What `acquireVsCodeApi()` gives a webview. */
export interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** The one channel to the host. */
export class HostChannel {
  readonly api: VsCodeApi = acquireVsCodeApi();
  private readonly tracker = new RequestTracker<PanelRequest, PanelReply>((envelope) => {
    const message: WebviewToHost = envelope;
    this.api.postMessage(message);
  });

  /** @param onNotification called for every notification from the host. */
  constructor(onNotification: (n: HostNotification) => void) {
    window.addEventListener('message', (event: MessageEvent<HostToWebview>) => {
      const message = event.data;
      if (message.kind === 'reply') this.tracker.settle(message);
      else if (message.kind === 'notify') onNotification(message.body);
    });
  }

  /** Sends a request; resolves with the host's state after handling it. */
  request(body: PanelRequest): Promise<PanelReply> {
    return this.tracker.request(body);
  }
}
