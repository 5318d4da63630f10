/**
 * The engine worker: a worker thread of the extension host that owns the simulated heap and the
 * interpreter, so a long script never blocks the editor. It answers the host's requests
 * (src/protocol/workerProtocol.ts) and checks for cancellation between slices of work.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { answer } from '../protocol/requestReply';
import type { HostToWorker, WorkerToHost } from '../protocol/workerProtocol';
import { WorkerSession } from './workerSession';

if (!parentPort) throw new Error('engineWorker must run as a worker thread');
const port = parentPort;
const cancelFlag = new Int32Array((workerData as { cancelBuffer: SharedArrayBuffer }).cancelBuffer);
const session = new WorkerSession(cancelFlag, (step, line) => {
  const note: WorkerToHost = { kind: 'notify', body: { type: 'session/progress', step, line } };
  port.postMessage(note);
});

port.on('message', (message: HostToWorker) => {
  if (message.kind !== 'request') return;
  void answer(message, (request) => session.handle(request)).then((reply) => port.postMessage(reply));
});
