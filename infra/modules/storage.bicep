// One Storage account for tables, queues and blobs (DESIGN §4). Only Entra identities get in: shared keys are
// off, so the Web App's managed identity works through the three data-plane roles below and nothing else can.

@description('3-24 lower-case letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param accountName string
param location string
param sku string
@description('The managed identity that gets data access.')
param principalId string

// Built-in role ids: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles
var dataRoles = [
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3' // Storage Table Data Contributor
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88' // Storage Queue Data Contributor
  'ba92f5b4-2d11-453d-a403-e96b0029c9fe' // Storage Blob Data Contributor
]

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: accountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: sku
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
  }
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    // Seven days to undo an accidental delete of the scheduler's lease blob or an export.
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource dataAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in dataRoles: {
    name: guid(account.id, principalId, role)
    scope: account
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
      principalId: principalId
      principalType: 'ServicePrincipal'
    }
  }
]

// The table endpoint is the app's STORAGE_ACCOUNT_URL; the queue endpoint is derived from it.
output tableEndpoint string = account.properties.primaryEndpoints.table
