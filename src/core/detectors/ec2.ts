import { hintsFor } from '../evidence.js';
import { child, children, xmlText } from '../parse/node.js';
import { errorClaim } from './claim.js';
import type { Detector } from './context.js';

/**
 * The EC2 query protocol's XML error (seed 000, and real AWS EC2):
 * `<Response><Errors><Error><Code/><Message/></Error>…</Errors><RequestID/></Response>`.
 * EC2 spells `RequestID` with a capital ID; other query APIs spell `RequestId`, so both are read.
 * Several errors may be listed: the first is the code, all are kept in `codes`.
 * On *.amazonaws.com the provider is `aws`, elsewhere the generic `ec2` of the seed.
 */
export const detectEc2: Detector = ({ xml, hints }) => {
  const response = child(xml, 'Response');
  const errors = children(child(response, 'Errors'), 'Error');
  const codes = errors.map((e) => xmlText(e, 'Code')).filter((c): c is string => c !== undefined);
  const first = errors.find((e) => xmlText(e, 'Code') !== undefined);
  if (!response || !first || codes.length === 0) return undefined;
  const aws = hintsFor(hints, 'aws');
  const provider = aws.length > 0 ? 'aws' : 'ec2';
  return errorClaim(provider, 'ec2', {
    code: codes[0] as string,
    message: xmlText(first, 'Message'),
    requestId: xmlText(response, 'RequestID') ?? xmlText(response, 'RequestId'),
    codes: codes.length > 1 ? codes : undefined,
    evidence: ['body is <Response><Errors><Error><Code> (EC2 query protocol)', ...aws],
  });
};

// Docs followed:
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html
// aws-sdk-js-v3 packages/core/src/submodules/protocols/xml/parseXmlBody.ts (loadEc2ErrorCode)
