import { detect } from './detect.js';
import type { HttpExchange } from './exchange.js';
import { explain, type Annotation } from './explain.js';
import type { Detection } from './finding.js';
import { detectWithheldBody } from './withheld-body.js';
import { requestInfo, type RequestInfo } from './request-info.js';

export interface Analysis {
  detection: Detection;
  /** Present for errors: what the catalog says about the code. */
  annotation?: Annotation;
  request: RequestInfo;
}

/** Everything the panel and the CLI show about one exchange. Never throws. */
export function analyze(exchange: HttpExchange): Analysis {
  const detection = exchange.bodyWithheld ? detectWithheldBody(exchange) : detect(exchange);
  return {
    detection,
    annotation: detection.kind === 'error' ? explain(detection.finding) : undefined,
    request: requestInfo(exchange),
  };
}
