/**
 * EC2-style API catalog (provider "ec2": a generic cloud speaking the EC2 query protocol).
 *
 * Source: seed 000 (docs/seeds/000_f7786e14def437d7.txt), an EC2-compatible cloud's API docs, "Errors" (table
 * Type | Exception Name | Meaning). httpStatus follows the page's type-to-status rule: Auth → 401, Sender and Client →
 * 400, Server → 500. DryRunOperation sits under "Server" but means the dry run succeeded, so it has no httpStatus.
 *
 * Entries keep the seed's order. Meanings are the seed's text with its typos fixed ("provied", "exceedd",
 * "rovided"); remediations are this project's own.
 */
import type { CatalogEntry } from './entry.js';

const SOURCE = 'seed 000: EC2-style XML API error codes';

export const EC2_CATALOG: readonly CatalogEntry[] = [
  {
    provider: 'ec2',
    code: 'AuthFailure',
    meaning: 'Your API authentication details are incorrect.',
    remediation:
      'The credentials were rejected. Check that the access key and secret key are the ones issued by this cloud (not AWS keys), are active, and are sent to the right endpoint; with an AWS SDK set the custom endpoint URL and make sure no other credential source (env vars, ~/.aws profile) overrides them.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'SignatureDoesNotMatch',
    meaning: 'The signature you have calculated for the request is not valid.',
    remediation:
      'Check the secret key, the signature version the endpoint expects (SigV2 or SigV4), RFC 3986 encoding and sorting of the query parameters, and the host and path used in the string to sign (they must match the URL actually called); make sure no proxy rewrites the request.',
    category: 'signature-clock',
    retryable: false,
    httpStatus: 401,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'IncompleteSignature',
    meaning: 'The signature provided lacked fields.',
    remediation:
      'Send every signing field the endpoint expects: for SigV2 AWSAccessKeyId, SignatureMethod, SignatureVersion, Timestamp (or Expires) and Signature; for SigV4 a complete Authorization header (Credential, SignedHeaders, Signature) plus X-Amz-Date.',
    category: 'signature-clock',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'MissingAuthenticationToken',
    meaning: 'No or incomplete authentication token provided.',
    remediation:
      'No usable credentials reached the server. Configure the client with an access key (SigV2 AWSAccessKeyId or a SigV4 Authorization header), make sure it is not in anonymous/unsigned mode, and check that proxies or redirects do not strip the Authorization header or query string.',
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'MissingAction',
    meaning: 'You did not specify an API action.',
    remediation:
      'Add Action=<Operation> (e.g. Action=DescribeInstances) and a Version to the query string, or to a POST body sent as Content-Type: application/x-www-form-urlencoded; a JSON body is not read.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'InvalidAction',
    meaning: 'The action you requested is not supported by our API.',
    remediation:
      "EC2-compatible clouds implement only a subset of EC2 actions. Check the action name's spelling and case, the Version parameter, and the provider's list of supported actions; use the provider's own API for features it does not map.",
    category: 'unsupported',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'RequestExpired',
    meaning: 'The request expired, please try again.',
    remediation:
      'The request Timestamp/Expires (or X-Amz-Date) is outside the accepted window. Sync the client clock (NTP) and sign a new request; resending the same signed request keeps failing, so "try again" only works after re-signing with a fresh time.',
    category: 'signature-clock',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'MalformedQueryString',
    meaning: 'The query string provided with the request was invalid.',
    remediation:
      'URL-encode parameter values per RFC 3986 (spaces as %20, reserved characters escaped), avoid duplicate or empty keys and stray "&" or "=", and send a POST body form-encoded rather than as JSON.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'ValidationError',
    meaning: 'Could not validate your input, one or more values are invalid.',
    remediation:
      "Read the Message for the failing field, then check types, lengths, allowed values and the numbering of list members (InstanceId.1, InstanceId.2, …) against the action's documentation.",
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'MissingParameter',
    meaning: 'A required parameter for the API call is missing.',
    remediation:
      "Check the action's required parameters, that list parameters are numbered from .1 (e.g. InstanceId.1), and that names are capitalised exactly as documented; the Message usually names the missing one.",
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'AddressLimitExceeded',
    meaning: 'You have used the maximum number of addresses.',
    remediation:
      'The account reached its quota of allocated (elastic/public) addresses. Release addresses you no longer need, or ask the provider for a higher address quota; retrying will not help.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'MaxSpotInstanceCountExceeded',
    meaning: 'You have requested too many instances.',
    remediation:
      'The request would exceed the allowed number of (spot) instances. Request fewer, terminate or cancel unused instances and requests, or ask the provider to raise the limit.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'RequestResourceCountExceeded',
    meaning: 'You have exceeded the limit for the number of resources you are trying to create.',
    remediation:
      'The request creates more resources than the per-request or account limit allows. Split it into smaller batches, delete unused resources, or ask the provider for a higher limit.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'TagLimitExceeded',
    meaning: 'You have used the maximum number of tags on your account.',
    remediation:
      'The tag quota is used up. Remove unused tags or consolidate them (one key with a structured value instead of many keys), then resend; ask the provider about a higher limit if needed.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'InsufficientFunds',
    meaning: 'There is too little funds to execute this operation.',
    remediation:
      "The account balance or credit is too low to pay for this operation. Top up the account or fix the payment method in the provider's billing console, then resend.",
    category: 'billing',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'InvalidInstanceAttributeValue',
    meaning: 'One of the attributes specified for the instance is invalid.',
    remediation:
      "Check the attribute name and value pair against the docs (e.g. instance type, base64-encoded user data within its size limit) and whether the attribute can change in the instance's current state (many require a stopped instance).",
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'InvalidInstanceType',
    meaning: 'The instance type requested for the cloud machine was invalid.',
    remediation:
      'Use an instance type this provider offers in the chosen zone (see its instance type list, or DescribeInstanceTypes if supported); AWS type names such as t3.micro may not exist on this cloud.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'InvalidParameterValue',
    meaning: 'One of the parameters provided had an invalid format.',
    remediation:
      'Read the Message for the parameter name and check the expected format: ID prefixes, CIDR notation, enum values, ISO 8601 dates, base64 for user data.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'InvalidAMIID.NotFound',
    meaning: 'The cloud machine image requested could not be found.',
    remediation:
      'Check the image ID, the region/endpoint (images are regional), and that the image is public or shared with your account; list what you can use with DescribeImages.',
    category: 'not-found',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'InvalidAMIID.NotAvailable',
    meaning: 'The cloud machine image requested is not available for new instances.',
    remediation:
      'The image exists but cannot launch instances now (e.g. still pending, failed, deprecated or disabled). Check its state with DescribeImages, wait until it is available, or choose another image.',
    category: 'conflict',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'InvalidHostname.Duplicate',
    meaning: 'You specified a duplicate hostname.',
    remediation: 'Another instance already uses this hostname. Choose a unique hostname (e.g. add a suffix) or rename or remove the instance that holds it.',
    category: 'conflict',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'InvalidSubnetID.NotFound',
    meaning: 'The network subnet id provided was not found.',
    remediation:
      'Check the subnet ID, the region/endpoint, and that the subnet was not deleted and belongs to your account; list subnets with DescribeSubnets.',
    category: 'not-found',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'InvalidState',
    meaning: 'The cloud machine is in an invalid state to run this action.',
    remediation:
      'The instance is in a state that does not allow this action (e.g. stopping a stopped instance, or one still pending or stopping). Check its state with DescribeInstances, wait for the transition to finish, then send the action that fits that state.',
    category: 'conflict',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'InvalidInstanceID.NotFound',
    meaning: 'The cloud machine instance you specified could not be found.',
    remediation:
      'Check the instance ID and the region/endpoint. A just-launched instance can briefly be invisible (eventual consistency), and terminated instances disappear after a while; list instances with DescribeInstances.',
    category: 'not-found',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'InvalidZone.NotFound',
    meaning: 'The region or zone you specified is invalid.',
    remediation:
      'Use a region and zone this cloud reports (DescribeRegions / DescribeAvailabilityZones on this endpoint); AWS names such as us-east-1a usually do not exist on other EC2-compatible clouds.',
    category: 'not-found',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'InvalidAddress.NotFound',
    meaning: 'The address you specified could not be found.',
    remediation:
      'The IP address or allocation ID is not allocated to your account in this region. Check the value and the region/endpoint, and list your addresses with DescribeAddresses.',
    category: 'not-found',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'InvalidInput',
    meaning: 'An invalid input was provided to the call.',
    remediation:
      "Read the Message for the failing input and check the format and allowed values of each parameter in the action's documentation; compare with a request that works, e.g. one made by the provider's CLI.",
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'InvalidKeyPair.NotFound',
    meaning: 'The corresponding SSH Key could not be found.',
    remediation:
      'Key pairs are per region and names are case-sensitive: check the name and the region/endpoint, import or create the key pair there, and list existing ones with DescribeKeyPairs.',
    category: 'not-found',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'InvalidKeyPair.Duplicate',
    meaning: 'A duplicate SSH key was uploaded.',
    remediation:
      'A key pair with this name (or this public key) already exists. Pick another name, reuse the existing key pair, or delete it first if you mean to replace it.',
    category: 'conflict',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'DryRunOperation',
    meaning: 'The DryRun succeeded, the API call could be executed and permission was given to run it.',
    remediation:
      'Not a failure: the dry run passed, so the call would run and you have permission. Send the request without DryRun=true to execute it, and treat this code as success in permission checks.',
    category: 'parameter',
    retryable: false,
    source: SOURCE,
  },
  {
    provider: 'ec2',
    code: 'ServerError',
    meaning: 'An internal error occurred, try later or contact customer service.',
    remediation:
      "The provider's backend failed. Retry with jittered exponential backoff (make create calls idempotent, e.g. with ClientToken where supported); if it re-occurs, contact customer service with the RequestID from the response.",
    category: 'server',
    retryable: true,
    httpStatus: 500,
    source: SOURCE,
  },
];
