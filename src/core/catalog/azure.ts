/**
 * Azure catalog (provider "azure": Azure Resource Manager JSON errors and Azure Storage XML errors).
 *
 * Sources:
 * - Azure Resource Manager "Troubleshoot common Azure deployment errors", table "Error codes" (MicrosoftDocs/azure-docs
 *   articles/azure-resource-manager/troubleshooting/common-deployment-errors.md):
 *   https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/common-deployment-errors
 *   The table gives a mitigation, not a status; ARM codes carry httpStatus only where another cited page gives one.
 * - Azure Resource Manager "Request limits and throttling" (429 + Retry-After, x-ms-ratelimit-remaining-* headers,
 *   RetryableErrorDueToAnotherOperation): https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/request-limits-and-throttling
 * - ARM authentication errors as returned by management.azure.com (InvalidAuthenticationToken,
 *   ExpiredAuthenticationToken "The access token expiry UTC time '…' is earlier than current UTC time '…'",
 *   InvalidAuthenticationTokenAudience); these have no table of their own in the docs.
 * - Azure Storage "Common REST API error codes" (MicrosoftDocs storage docs Common-REST-API-Error-Codes.md):
 *   https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes
 * - Azure Storage "Blob Storage error codes": https://learn.microsoft.com/en-us/rest/api/storageservices/blob-service-error-codes
 * - Azure Table Storage error codes (TableAlreadyExists): https://learn.microsoft.com/en-us/rest/api/storageservices/table-service-error-codes
 * - Azure Storage "Shared access signature error codes" (AuthorizationFailure, AuthorizationPermissionMismatch):
 *   https://learn.microsoft.com/en-us/rest/api/storageservices/sas-error-codes
 * - Storage Resource Provider "Common error codes" (TooManyRequests 429, SubscriptionDisabled 403, SubscriptionNotFound 404):
 *   https://learn.microsoft.com/en-us/rest/api/storagerp/srp_error_codes_common
 *
 * ARM and Storage share a few code strings (AuthenticationFailed, ResourceNotFound, InternalError); each has one entry
 * whose meaning covers both. Codes listed twice by Storage with different statuses (ConditionNotMet 304/412,
 * InvalidAuthenticationInfo 400/401) keep the error status. Meanings are Microsoft's text, shortened; remediations are
 * this project's own.
 */
import type { CatalogEntry } from './entry.js';

const ARM = 'Azure Resource Manager common deployment errors';
const ARM_THROTTLE = 'Azure Resource Manager request limits and throttling';
const ARM_AUTH = 'Azure Resource Manager authentication error responses (management.azure.com)';
const STORAGE = 'Azure Storage common REST API error codes';
const BLOB = 'Azure Blob Storage error codes';
const SAS = 'Azure Storage shared access signature error codes';
const SRP = 'Azure Storage resource provider common error codes';
const TABLE = 'Azure Table Storage error codes';

const ARM_DOC = 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/common-deployment-errors';
const THROTTLE_DOC = 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/request-limits-and-throttling';
const STORAGE_DOC = 'https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes';
const BLOB_DOC = 'https://learn.microsoft.com/en-us/rest/api/storageservices/blob-service-error-codes';
const SAS_DOC = 'https://learn.microsoft.com/en-us/rest/api/storageservices/sas-error-codes';
const TABLE_DOC = 'https://learn.microsoft.com/en-us/rest/api/storageservices/table-service-error-codes';

const azure = (entry: Omit<CatalogEntry, 'provider'>): CatalogEntry => ({ provider: 'azure', ...entry });

export const AZURE_CATALOG: readonly CatalogEntry[] = [
  // --- ARM: authentication and authorization ---
  azure({
    code: 'AuthorizationFailed',
    meaning:
      "The client does not have authorization to perform action over scope: your account or service principal doesn't have sufficient access, or a required resource provider isn't registered.",
    remediation:
      'Assign the principal (object id in the message) an Azure RBAC role that includes the action, at the scope in the message or above (az role assignment create); role assignments can take a few minutes to apply, and a fresh token picks up group changes.',
    category: 'permission',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'LinkedAuthorizationFailed',
    meaning: 'Authorization failed for a linked resource: check if your account belongs to the same tenant as the resource group you are deploying to.',
    remediation:
      'Grant the principal the action on the linked resource too (e.g. Microsoft.Network/virtualNetworks/subnets/join/action on the subnet), and make sure both subscriptions are in the same tenant.',
    category: 'permission',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'InvalidAuthenticationToken',
    meaning: 'The access token is invalid (malformed, wrong signature, or not issued for Azure Resource Manager).',
    remediation:
      'Get a token for https://management.azure.com/ (az account get-access-token) and send it as Authorization: Bearer <token>; do not send a Microsoft Graph or storage token to ARM.',
    category: 'authentication',
    retryable: false,
    source: ARM_AUTH,
  }),
  azure({
    code: 'ExpiredAuthenticationToken',
    meaning: 'The access token expiry UTC time is earlier than current UTC time.',
    remediation:
      'Acquire a new token (the identity libraries refresh automatically; do not cache tokens past expires_on) and check the client clock is in sync, since expiry is compared with UTC server time.',
    category: 'authentication',
    retryable: false,
    source: ARM_AUTH,
  }),
  azure({
    code: 'InvalidAuthenticationTokenAudience',
    meaning: 'The access token has been obtained for the wrong audience or resource.',
    remediation:
      'Request the token for the resource you call: https://management.azure.com/ for ARM, https://storage.azure.com/ for Storage data plane, https://graph.microsoft.com/ for Graph.',
    category: 'authentication',
    retryable: false,
    source: ARM_AUTH,
  }),
  azure({
    code: 'InvalidAuthenticationTokenTenant',
    meaning: 'The access token is from the wrong issuer: get an access token for the appropriate tenant.',
    remediation:
      'Get the token from the tenant that owns the subscription (az login --tenant <tenant-id>, or set the tenant on the credential); a guest account needs a token from the resource tenant.',
    category: 'authentication',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'AuthenticationFailed',
    meaning:
      'Server failed to authenticate the request. Make sure the value of the Authorization header is formed correctly including the signature (Storage); authentication failed (ARM).',
    remediation:
      'Storage: check the account key or SAS, the string-to-sign (canonicalized headers and resource) and that x-ms-date is within 15 minutes of server time (sync the clock); ARM: send a valid Bearer token for the right tenant.',
    category: 'authentication',
    retryable: false,
    httpStatus: 403,
    docsUrl: STORAGE_DOC,
    source: `${STORAGE}; ${SRP}`,
  }),
  azure({
    code: 'RequestDisallowedByPolicy',
    meaning: 'Your subscription includes a resource policy that prevents an action you are trying to do.',
    remediation:
      'Find the policy assignment and definition named in the error (policyAssignmentId), then change the resource to comply (tags, SKU, location, HTTPS) or ask for a policy exemption.',
    category: 'permission',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'SubscriptionDisabled',
    meaning: 'The subscription is in a disabled state.',
    remediation: 'Reactivate the subscription (billing problem, spending limit reached, or cancelled) in Cost Management + Billing before retrying.',
    category: 'billing',
    retryable: false,
    httpStatus: 403,
    source: SRP,
  }),

  // --- ARM: not found ---
  azure({
    code: 'SubscriptionNotFound',
    meaning: "A specified subscription can't be accessed: the ID could be wrong, the user doesn't have adequate permissions, or the ID is in the wrong format.",
    remediation:
      'Check the subscription GUID and the active context (az account show / az account set), and that the identity has a role on that subscription.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    docsUrl: ARM_DOC,
    source: `${ARM}; ${SRP}`,
  }),
  azure({
    code: 'ResourceGroupNotFound',
    meaning: 'The target resource group must already exist in your subscription.',
    remediation:
      'Check the resource group name and the subscription context (az account set); create the group first (az group create) if it is meant to exist.',
    category: 'not-found',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'ResourceNotFound',
    meaning: "The specified resource does not exist (Storage); your deployment references a resource that can't be resolved (ARM).",
    remediation:
      'Check the resource ID: subscription, resource group, provider namespace, type and name; in templates add a dependsOn or use the full resourceId() when referencing a resource in another group.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    docsUrl: ARM_DOC,
    source: `${ARM}; ${STORAGE}`,
  }),
  azure({
    code: 'ParentResourceNotFound',
    meaning: 'Make sure a parent resource exists before creating the child resources.',
    remediation: 'Create the parent first (or add dependsOn to it in the template) and check the child name includes the parent name segments.',
    category: 'not-found',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'NotFound',
    meaning: 'You might be attempting to deploy a dependent resource in parallel with a parent resource.',
    remediation: 'Add a dependsOn on the resource the message names, or check the referenced name and resource group.',
    category: 'not-found',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'StorageAccountNotFound',
    meaning: "Check the subscription, resource group, and name of the storage account that you're trying to use.",
    remediation: 'Verify the storage account name (globally unique, lowercase) and the subscription and resource group it lives in.',
    category: 'not-found',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),

  // --- ARM: registration / unsupported ---
  azure({
    code: 'MissingSubscriptionRegistration',
    meaning: 'The subscription is not registered to use the resource provider namespace.',
    remediation:
      'Register the provider named in the message: az provider register --namespace Microsoft.Xxx, wait for RegistrationState Registered, then retry.',
    category: 'permission',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'SubscriptionNotRegistered',
    meaning: "The resource provider must be registered for your subscription; sometimes the automatic registration doesn't complete in time.",
    remediation: 'Register the resource provider before deploying (az provider register --namespace …) and wait for it to show Registered.',
    category: 'permission',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'NoRegisteredProviderFound',
    meaning: 'No registered resource provider found for the location and API version: check resource provider registration status.',
    remediation:
      'Use an API version and location the provider supports (az provider show -n Microsoft.Xxx --query "resourceTypes[].apiVersions"), and register the provider.',
    category: 'unsupported',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'MissingRegistrationForLocation',
    meaning: 'Check resource provider registration status and supported locations.',
    remediation: 'Deploy to a location the resource type supports, and make sure the provider is registered for the subscription.',
    category: 'unsupported',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'InvalidResourceNamespace',
    meaning: 'Check the resource namespace you specified in the type property.',
    remediation: 'Fix the provider namespace in the resource type (e.g. Microsoft.Storage/storageAccounts), including spelling and case.',
    category: 'parameter',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'InvalidResourceType',
    meaning: 'Check the resource type you specified in the type property.',
    remediation: 'Use a resource type that exists for the namespace and API version (see the template reference for the exact type name).',
    category: 'parameter',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'SkuNotAvailable',
    meaning: 'The requested SKU (such as VM size) is not available for the location you have selected.',
    remediation:
      'Pick a SKU offered in that region and zone (az vm list-skus --location <region> --size <size>) or another region; restrictions may apply to your subscription only.',
    category: 'unsupported',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'RegionDoesNotAllowProvisioning',
    meaning: 'The region does not allow provisioning for your subscription.',
    remediation: 'Select a different region or submit a quota support request for Region access.',
    category: 'permission',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),

  // --- ARM: parameters and templates ---
  azure({
    code: 'InvalidParameter',
    meaning: "One of the values you provided for a resource doesn't match the expected value.",
    remediation:
      'Read the error target and message for the offending property (e.g. osDisk.managedDisk.storageAccountType) and use an allowed value for that SKU and region.',
    category: 'parameter',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'InvalidRequestContent',
    meaning: "The deployment values either include values that aren't recognized, or required values are missing.",
    remediation: "Compare the request body with the resource type's schema for the api-version you send; remove unknown properties and add required ones.",
    category: 'parameter',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'InvalidRequestFormat',
    meaning: 'The request format is not valid.',
    remediation: 'Enable debug logging (az … --debug) and check the body is valid JSON with the expected Content-Type and api-version.',
    category: 'parameter',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'InvalidTemplate',
    meaning: 'The template has syntax errors.',
    remediation: 'Validate the template (az deployment group validate, or bicep build) and fix the expression or schema error the message points to.',
    category: 'parameter',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'InvalidTemplateDeployment',
    meaning: 'The template deployment failed validation; check the template syntax and the nested error details.',
    remediation:
      'Look into error.details for the real code (RequestDisallowedByPolicy, SkuNotAvailable, quota …) and fix that; the outer code is only an envelope.',
    category: 'parameter',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'BadRequest',
    meaning: "You sent deployment values that don't match what is expected by Resource Manager.",
    remediation: 'Check the inner status message and validate the template syntax, resource locations and property values against the template reference.',
    category: 'parameter',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'DeploymentFailed',
    meaning: "A general error that doesn't provide the details you need to solve the error.",
    remediation: 'Open the deployment operations (az deployment operation group list) and act on the nested error code of the failed operation.',
    category: 'server',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),

  // --- ARM: conflicts and state ---
  azure({
    code: 'Conflict',
    meaning: "You're requesting an operation that isn't allowed in the resource's current state.",
    remediation: 'Bring the resource to the state the operation needs (e.g. deallocate the VM before resizing its disk) and retry.',
    category: 'conflict',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'AnotherOperationInProgress',
    meaning: 'Another operation is in progress on the resource.',
    remediation: 'Wait for the concurrent operation to complete (poll the Azure-AsyncOperation URL or the provisioningState) and retry with backoff.',
    category: 'conflict',
    retryable: true,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'DeploymentActiveAndUneditable',
    meaning: 'A deployment to this resource group is still in progress.',
    remediation: 'Wait for the running deployment to finish (az deployment group list) or use a different deployment name.',
    category: 'conflict',
    retryable: true,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'ResourceGroupBeingDeleted',
    meaning: 'The resource group is being deleted.',
    remediation: 'Wait for the deletion to complete, then recreate the group or deploy to another one.',
    category: 'conflict',
    retryable: true,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'StorageAccountAlreadyTaken',
    meaning: 'The storage account name is already taken: provide a unique name for the storage account.',
    remediation: 'Storage account names are global: pick another 3-24 character lowercase alphanumeric name (e.g. add uniqueString(resourceGroup().id)).',
    category: 'conflict',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),

  // --- ARM: quotas and throttling ---
  azure({
    code: 'ResourceQuotaExceeded',
    meaning: 'The deployment is trying to create resources that exceed the quota for the subscription, resource group, or region.',
    remediation: 'Check usage (az vm list-usage --location <region>), free resources, or request a quota increase in Help + support / Quotas.',
    category: 'quota-throttling',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'OperationNotAllowed',
    meaning: 'The operation is not allowed on the specified SKU, or it exceeds the quota for the subscription, resource group, or region.',
    remediation: 'Read the message: request more quota (e.g. regional vCPUs) or choose a SKU that supports the operation.',
    category: 'quota-throttling',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'DeploymentQuotaExceeded',
    meaning: 'You reached the limit of 800 deployments per resource group.',
    remediation: 'Delete old deployments from the resource group history (az deployment group delete) or enable automatic deletion of history.',
    category: 'quota-throttling',
    retryable: false,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'AllocationFailed',
    meaning: "The cluster or region doesn't have resources available or can't support the requested VM size.",
    remediation: 'Retry later, or request a different VM size, zone or region; deallocate and start all VMs of an availability set together.',
    category: 'server',
    retryable: true,
    docsUrl: ARM_DOC,
    source: ARM,
  }),
  azure({
    code: 'SubscriptionRequestsThrottled',
    meaning:
      'Azure Resource Manager throttles requests at the subscription or tenant level; the 429 response carries a Retry-After value with the seconds to wait.',
    remediation:
      'Wait the Retry-After seconds, then retry with jittered backoff; watch x-ms-ratelimit-remaining-subscription-reads/-writes and cut polling (use Azure Resource Graph for bulk reads).',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 429,
    docsUrl: THROTTLE_DOC,
    source: `${ARM}; ${ARM_THROTTLE}`,
  }),
  azure({
    code: 'TooManyRequests',
    meaning: 'The request is being throttled. The response includes a retry-after value with the number of seconds to wait before sending the next request.',
    remediation:
      'Sleep for Retry-After seconds before the next request (earlier requests get a new retry value), then retry with jittered backoff and lower concurrency.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 429,
    docsUrl: THROTTLE_DOC,
    source: `${SRP}; ${ARM_THROTTLE}`,
  }),
  azure({
    code: 'RetryableErrorDueToAnotherOperation',
    meaning: 'The network resource provider returns 429 with this code when the target resource is locked by another operation.',
    remediation: 'Wait for the other operation on the resource to finish and retry with backoff; serialise updates to the same virtual network or NIC.',
    category: 'conflict',
    retryable: true,
    httpStatus: 429,
    docsUrl: THROTTLE_DOC,
    source: ARM_THROTTLE,
  }),
  azure({
    code: 'InternalServerError',
    meaning: 'Caused by a temporary problem. Retry the deployment.',
    remediation:
      'Retry with exponential backoff and jitter; if it keeps failing, check Azure status / Service Health and open a case with x-ms-request-id and x-ms-correlation-request-id.',
    category: 'server',
    retryable: true,
    docsUrl: ARM_DOC,
    source: ARM,
  }),

  // --- Storage: authentication and authorization ---
  azure({
    code: 'NoAuthenticationInformation',
    meaning: 'Server failed to authenticate the request. Please refer to the information in the www-authenticate header.',
    remediation:
      'The request carried no credentials: add a SAS token, a Shared Key Authorization header or an Entra ID Bearer token (with x-ms-version 2017-11-09 or later).',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
    docsUrl: STORAGE_DOC,
    source: STORAGE,
  }),
  azure({
    code: 'InvalidAuthenticationInfo',
    meaning: 'The authentication information was not provided in the correct format. Verify the value of Authorization header.',
    remediation: 'Check the Authorization scheme (SharedKey account:signature or Bearer token) and that the token audience is https://storage.azure.com/.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
    docsUrl: STORAGE_DOC,
    source: STORAGE,
  }),
  azure({
    code: 'AuthorizationFailure',
    meaning: 'This request is not authorized to perform this operation.',
    remediation:
      "Assign a Storage data role (e.g. Storage Blob Data Reader/Contributor) to the identity, or fix the SAS; also check the storage firewall / private endpoint allows the caller's network.",
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    docsUrl: SAS_DOC,
    source: SAS,
  }),
  azure({
    code: 'AuthorizationPermissionMismatch',
    meaning: 'This request is not authorized to perform this operation using this permission.',
    remediation:
      'The identity or SAS lacks this permission: grant a data-plane role with write access (Storage Blob Data Contributor, not Owner/Contributor) or issue a SAS with the needed sp letters.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    docsUrl: SAS_DOC,
    source: SAS,
  }),
  azure({
    code: 'InsufficientAccountPermissions',
    meaning: 'The account being accessed does not have sufficient permissions to execute this operation (or read/write operations are currently disabled).',
    remediation:
      'Check the account kind and features (e.g. read access on a secondary, a read-only lock, disabled writes during failover) and use an account/endpoint that allows the operation.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    docsUrl: STORAGE_DOC,
    source: STORAGE,
  }),
  azure({
    code: 'AccountIsDisabled',
    meaning: 'The specified account is disabled.',
    remediation: 'Re-enable the storage account or its subscription (often a billing issue); requests cannot succeed until then.',
    category: 'billing',
    retryable: false,
    httpStatus: 403,
    docsUrl: STORAGE_DOC,
    source: STORAGE,
  }),

  // --- Storage: server and throttling ---
  azure({
    code: 'ServerBusy',
    meaning:
      'The server is currently unable to receive requests, or ingress, egress or operations per second is over the account limit. Please retry your request.',
    remediation:
      'Retry with exponential backoff and jitter (the Azure SDK retry policy does); spread load over more partitions or accounts and keep below the account scalability targets.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 503,
    docsUrl: STORAGE_DOC,
    source: STORAGE,
  }),
  azure({
    code: 'OperationTimedOut',
    meaning: 'The operation could not be completed within the permitted time.',
    remediation: 'Retry with backoff; reduce the work per request (smaller blocks, fewer items per batch) or raise the server timeout parameter.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
    docsUrl: STORAGE_DOC,
    source: STORAGE,
  }),
  azure({
    code: 'InternalError',
    meaning: 'The server encountered an internal error. Please retry the request.',
    remediation: 'Retry with exponential backoff and jitter; if it persists, check Azure Service Health and contact support with the x-ms-request-id.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
    docsUrl: STORAGE_DOC,
    source: `${STORAGE}; ${SRP}`,
  }),

  // --- Storage: request errors ---
  azure({
    code: 'InvalidHeaderValue',
    meaning: 'The value provided for one of the HTTP headers was not in the correct format.',
    remediation: 'Check the header named in HeaderName (often x-ms-version, x-ms-blob-type or Content-Length) and send a supported value.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: STORAGE_DOC,
    source: STORAGE,
  }),
  azure({
    code: 'MissingRequiredHeader',
    meaning: 'A required HTTP header was not specified.',
    remediation: 'Add the header the error names (x-ms-date or Date, x-ms-version, x-ms-blob-type for Put Blob).',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: STORAGE_DOC,
    source: STORAGE,
  }),
  azure({
    code: 'InvalidQueryParameterValue',
    meaning: 'An invalid value was specified for one of the query parameters in the request URI.',
    remediation: 'Fix the query parameter the error names (comp, restype, timeout, SAS fields) and URL-encode its value once.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: STORAGE_DOC,
    source: STORAGE,
  }),
  azure({
    code: 'Md5Mismatch',
    meaning: 'The MD5 value specified in the request did not match the MD5 value calculated by the server.',
    remediation: 'Compute Content-MD5 over the exact bytes sent (base64 of the binary digest) and check nothing re-encodes the body in transit.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: STORAGE_DOC,
    source: STORAGE,
  }),
  azure({
    code: 'RequestBodyTooLarge',
    meaning: 'The size of the request body exceeds the maximum size permitted.',
    remediation: "Upload in blocks (Put Block / Put Block List) or use the SDK's chunked upload for large blobs.",
    category: 'parameter',
    retryable: false,
    httpStatus: 413,
    docsUrl: STORAGE_DOC,
    source: STORAGE,
  }),
  azure({
    code: 'InvalidRange',
    meaning: 'The range specified is invalid for the current size of the resource.',
    remediation: 'Check the x-ms-range / Range header against the blob size from Get Blob Properties.',
    category: 'parameter',
    retryable: false,
    httpStatus: 416,
    docsUrl: STORAGE_DOC,
    source: STORAGE,
  }),
  azure({
    code: 'ConditionNotMet',
    meaning: 'The condition specified in the conditional header(s) was not met for a write operation (304 for a read operation).',
    remediation: 'The ETag or date condition failed: re-read the resource to get its current ETag, re-apply your change and send it with the new If-Match.',
    category: 'conflict',
    retryable: false,
    httpStatus: 412,
    docsUrl: STORAGE_DOC,
    source: STORAGE,
  }),
  azure({
    code: 'ResourceAlreadyExists',
    meaning: 'The specified resource already exists.',
    remediation: 'Use the existing resource, or choose another name; in setup code treat this as success.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    docsUrl: STORAGE_DOC,
    source: STORAGE,
  }),

  // --- Blob Storage ---
  azure({
    code: 'ContainerNotFound',
    meaning: 'The specified container does not exist.',
    remediation: 'Check the container name (lowercase) and the storage account in the URL; create it first (Create Container) if it is meant to exist.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    docsUrl: BLOB_DOC,
    source: BLOB,
  }),
  azure({
    code: 'BlobNotFound',
    meaning: 'The specified blob does not exist.',
    remediation: 'Check the blob name (case-sensitive, virtual directory prefix, URL encoding) and container; a snapshot or version ID must exist too.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    docsUrl: BLOB_DOC,
    source: BLOB,
  }),
  azure({
    code: 'ContainerAlreadyExists',
    meaning: 'The specified container already exists.',
    remediation: 'Use the existing container, or use CreateIfNotExists in setup code.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    docsUrl: BLOB_DOC,
    source: BLOB,
  }),
  azure({
    code: 'ContainerBeingDeleted',
    meaning: 'The specified container is being deleted.',
    remediation: 'Wait (container deletion can take 30 seconds or more) before recreating it, or use a new container name.',
    category: 'conflict',
    retryable: true,
    httpStatus: 409,
    docsUrl: BLOB_DOC,
    source: BLOB,
  }),
  azure({
    code: 'BlobAlreadyExists',
    meaning: 'The specified blob already exists.',
    remediation: 'Overwrite deliberately (drop If-None-Match: *) or choose another name.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    docsUrl: BLOB_DOC,
    source: BLOB,
  }),
  azure({
    code: 'LeaseIdMissing',
    meaning: 'There is currently a lease on the blob/container and no lease ID was specified in the request.',
    remediation: 'Pass the active lease ID (x-ms-lease-id) or break/release the lease first.',
    category: 'conflict',
    retryable: false,
    httpStatus: 412,
    docsUrl: BLOB_DOC,
    source: BLOB,
  }),
  azure({
    code: 'LeaseLost',
    meaning: 'A lease ID was specified, but the lease for the blob/container has expired.',
    remediation: 'Acquire a new lease and renew it before it expires (infinite or periodic renew) during long operations.',
    category: 'conflict',
    retryable: false,
    httpStatus: 412,
    docsUrl: BLOB_DOC,
    source: BLOB,
  }),

  // --- Table Storage ---
  azure({
    code: 'TableAlreadyExists',
    meaning: 'The table specified already exists.',
    remediation:
      'Use the existing table; in setup code create it idempotently (CreateIfNotExists in .NET, create_table_if_not_exists in Python) or treat 409 as success.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    docsUrl: TABLE_DOC,
    source: TABLE,
  }),
];
