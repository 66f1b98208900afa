import { headerValue, type HttpExchange } from '../exchange.js';
import { hintsFor } from '../evidence.js';
import { child, children, has, text, xmlText, type Node } from '../parse/node.js';
import { errorClaim, successClaim, type Claim, type FindingFacts } from './claim.js';
import type { Detector } from './context.js';

/**
 * Azure:
 * - Resource Manager JSON: `{"error": {"code", "message", "target"?, "details"?}}` (some resource providers
 *   send the inner object at the top level);
 * - Storage XML: `<Error><Code/><Message/>…</Error>`, the code repeated in the `x-ms-error-code` header and
 *   the request id inside the message ("RequestId:…") as well as in `x-ms-request-id`;
 * - OData v3 errors, whose message is an object `{"lang", "value"}`: Table storage's `{"odata.error": {code, message}}`
 *   (JSON) and `<error><code/><message xml:lang="en-US"/></error>` (Atom format, versions before 2015-12-11), and
 *   Batch's top-level `{"odata.metadata", code, message, values: [{key, value}]}`;
 * - ASP.NET Web API errors without a code, `<Error><Message/></Error>` or `{"Message"}` (see webApiError).
 * A long-running operation's status `{"status": "Succeeded", "error": {"code": "None", "message": null}}` is a success,
 * and an error whose code is "None" names no error.
 * Request ids come from `x-ms-request-id`, else from the message's "RequestId:…" line (Batch answers with a
 * `request-id` header instead); `x-ms-correlation-request-id` ties one ARM operation together.
 * Every shape here is generic (`{"error": {code, message}}` is everywhere, SharePoint sends `odata.error` too), so
 * nothing is claimed without Azure evidence from the host or headers.
 */
export const detectAzure: Detector = ({ exchange, json, xml, hints }) => {
  const azureHints = hintsFor(hints, 'azure');
  const fromAzure = azureHints.length > 0;
  if (!fromAzure) return undefined;
  const ids = headerIds(exchange);
  if (json) return fromJson(json, exchange, ids, azureHints);
  if (xml) return fromXml(xml, exchange, ids, azureHints);
  return undefined;
};

type HeaderIds = Pick<FindingFacts, 'requestId' | 'correlationId'>;

function headerIds(exchange: HttpExchange): HeaderIds {
  const headers = exchange.responseHeaders;
  return {
    requestId: headerValue(headers, 'x-ms-request-id'),
    correlationId: headerValue(headers, 'x-ms-correlation-request-id'),
  };
}

/**
 * JSON, in this order: a long-running operation that succeeded; OData v3's `odata.error` (Table storage); Resource
 * Manager's `error` object; the same members unwrapped at the top level (some resource providers, and Batch,
 * recognised by its `odata.metadata`); ASP.NET Web API's `{"Message"}` without a code.
 */
function fromJson(json: Node, exchange: HttpExchange, ids: HeaderIds, azureHints: string[]): Claim | undefined {
  // Resource Manager polls an operation until its status is terminal: Succeeded, Failed or Canceled
  // (https://learn.microsoft.com/azure/azure-resource-manager/management/async-operations); azure-core's pollers call
  // "succeeded" (any case) a success from the status alone (_SUCCEEDED in azure/core/polling/base_polling.py). Some
  // services fill `error` even then, with code "None" or null: no error. A Succeeded body whose error still names a
  // code contradicts itself and stays an error, so nothing that names a failure is hidden.
  const operationSucceeded = text(json, 'status')?.toLowerCase() === 'succeeded';
  const successfulCall = exchange.status < 400;
  const error = child(json, 'error');
  if (operationSucceeded && successfulCall && !namesAnError(error)) {
    const evidence = [`body is an operation status: Succeeded${error ? ', its error with no code' : ''} (Resource Manager long-running operation)`];
    return successClaim('azure', 'azure', { requestId: ids.requestId, evidence: [...evidence, ...azureHints] });
  }
  const odataError = child(json, 'odata.error');
  if (odataError) return jsonError(odataError, ids, ['body has odata.error (OData v3 JSON error: Azure Table storage)', ...azureHints]);
  const unwrapped = text(json, 'code') !== undefined && messageIn(json) !== undefined ? json : undefined;
  const envelope = error ?? unwrapped;
  const isWebApiError = !envelope && !has(json, 'code') && !has(json, 'Code');
  if (isWebApiError) {
    const evidence = ['body has only Message (ASP.NET Web API error)', ...azureHints];
    return webApiError(text(json, 'Message'), text(json, 'MessageDetail'), exchange, ids, evidence);
  }
  if (!envelope) return undefined;
  const isBatch = !error && text(json, 'odata.metadata') !== undefined;
  const target = text(envelope, 'target');
  const evidence = [
    isBatch ? 'body has top-level code and message with odata.metadata (Azure Batch)' : 'body has error.code (Azure Resource Manager envelope)',
    ...(target ? [`error.target ${target}`] : []),
    ...azureHints,
  ];
  return jsonError(envelope, ids, evidence, isBatch ? batchValues(json) : undefined);
}

function jsonError(error: Node, ids: HeaderIds, evidence: string[], detail?: string): Claim | undefined {
  const code = text(error, 'code');
  if (!code || !namesAnError(error)) return undefined;
  const odataMessage = text(child(error, 'message'), 'value');
  const { message, requestId } =
    odataMessage === undefined ? { message: text(error, 'message'), requestId: ids.requestId } : fromMessageText(odataMessage, ids, evidence);
  return azureError({ ...ids, code, message: withDetail(message, detail), requestId, evidence });
}

/**
 * Whether an error object names a failure: a string code other than "None" (an operation status's placeholder).
 * Numeric codes belong to other families (Tencent 2.0, Huawei); Azure codes are strings.
 */
function namesAnError(error: Node | undefined): boolean {
  const code = error?.['code'];
  return typeof code === 'string' && code !== '' && code !== 'None';
}

/**
 * A message as Azure sends it: a string (Resource Manager) or OData's `{"lang": "en-US", "value": "…"}` (Table
 * storage, Batch). msrestazure reads the object the same way: `value`, its first line the message, the next
 * "RequestId:…" (https://github.com/Azure/msrestazure-for-python/blob/master/msrestazure/azure_exceptions.py).
 */
function messageIn(node: Node): string | undefined {
  return text(node, 'message') ?? text(child(node, 'message'), 'value');
}

/** Batch's `values` name what the error is about, e.g. `[{"key": "HeaderName", "value": "Content-Type"}]`. */
function batchValues(json: Node): string | undefined {
  const pairs = children(json, 'values').flatMap((v) => {
    const key = text(v, 'key');
    const value = text(v, 'value');
    return key && value ? [`${key}: ${value}`] : [];
  });
  return pairs.length > 0 ? pairs.join(', ') : undefined;
}

/** XML, in this order: Storage's `<Error><Code>`; OData's lower-case `<error><code>` (Table storage, Atom format). */
function fromXml(xml: Node, exchange: HttpExchange, ids: HeaderIds, azureHints: string[]): Claim | undefined {
  const storageError = child(xml, 'Error');
  if (storageError) return fromStorageXml(storageError, exchange, ids, azureHints);
  const odataError = child(xml, 'error');
  const code = xmlText(odataError, 'code');
  if (!code) return undefined;
  const evidence = ['body is an OData <error><code> document (Azure Table storage, Atom format)', ...azureHints];
  // parse/xml.ts drops attributes, so `<message xml:lang="en-US">…</message>` reads as its text.
  return azureError({ ...ids, code, ...fromMessageText(xmlText(odataError, 'message'), ids, evidence), evidence });
}

/** Storage: `<Error><Code>`, the code also in `x-ms-error-code`; without `<Code>`, ASP.NET Web API's `<Error><Message>`. */
function fromStorageXml(error: Node, exchange: HttpExchange, ids: HeaderIds, azureHints: string[]): Claim | undefined {
  const code = xmlText(error, 'Code');
  if (!code) {
    const evidence = ['body is an <Error> with only <Message> (ASP.NET Web API error)', ...azureHints];
    return webApiError(xmlText(error, 'Message'), xmlText(error, 'MessageDetail'), exchange, ids, evidence);
  }
  const evidence = ['body is an <Error><Code> document (Azure Storage)', ...azureHints];
  const { message, requestId } = fromMessageText(xmlText(error, 'Message'), ids, evidence);
  return azureError({ ...ids, code, message: withDetail(message, xmlText(error, 'AuthenticationErrorDetail')), requestId, evidence });
}

/**
 * ASP.NET Web API's HttpError, `<Error><Message>…</Message></Error>` or `{"Message": "…"}`, comes from services built
 * on it when a request fails before their own error handling, e.g. an App Service config resource answering GET with
 * 405 through Resource Manager (https://github.com/Azure/azure-powershell/issues/4246). It names no code, and neither
 * do the Azure SDKs: core-client's RestError.code stays undefined, .NET's RequestFailedException.ErrorCode null, and
 * azcore for Go prints "ERROR CODE UNAVAILABLE" (https://github.com/Azure/terraform-provider-azapi/issues/241). The
 * code is x-ms-error-code when the service sent one, else `HTTP <status>`, as for a withheld body (withheld-body.ts):
 * a label for the status that is no provider code, so the catalog gives it no meaning. Only a failed call counts.
 */
function webApiError(message: string | undefined, detail: string | undefined, exchange: HttpExchange, ids: HeaderIds, evidence: string[]): Claim | undefined {
  const failedCall = exchange.status >= 400;
  if (!failedCall || !message) return undefined;
  const headerCode = headerValue(exchange.responseHeaders, 'x-ms-error-code');
  const code = headerCode ?? `HTTP ${exchange.status}`;
  evidence.splice(1, 0, headerCode ? 'code from response header x-ms-error-code' : `no error code in the body or x-ms-error-code: ${code} stands for it`);
  return azureError({ ...ids, code, message: withDetail(message, detail), evidence });
}

/**
 * Storage and OData messages end with "\nRequestId:<guid>\nTime:<iso>", lines that repeat the headers: the first
 * line is the message, and the request id is read from the text when no x-ms-request-id header came.
 */
function fromMessageText(full: string | undefined, ids: HeaderIds, evidence: string[]): Pick<FindingFacts, 'message' | 'requestId'> {
  const message = full?.split(/\r?\n/)[0]?.trim() || undefined;
  if (ids.requestId) return { message, requestId: ids.requestId };
  const requestId = /RequestId:([0-9a-f-]{36})/i.exec(full ?? '')?.[1];
  if (requestId) evidence.push('request id from the message text (RequestId:…)');
  return { message, requestId };
}

/** A detail beside the message (Storage's AuthenticationErrorDetail, Batch's values) joins it after a dash. */
function withDetail(message: string | undefined, detail: string | undefined): string | undefined {
  return [message, detail].filter(Boolean).join(' — ') || undefined;
}

function azureError(facts: FindingFacts): Claim {
  return errorClaim('azure', 'azure', facts);
}

// Docs followed:
// https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/common-deployment-errors
// https://learn.microsoft.com/rest/api/storageservices/status-and-error-codes2 (Table storage JSON and Atom errors)
// https://learn.microsoft.com/rest/api/batchservice/batch-status-and-error-codes
