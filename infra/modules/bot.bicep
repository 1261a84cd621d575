// The Azure Bot registration with the Teams channel. With msaAppType UserAssignedMSI the bot's identity is the
// Web App's managed identity, so there is no bot password to store or rotate.

param name string
param displayName string
param sku string
@description('https://<host>/api/messages')
param endpoint string
@allowed(['UserAssignedMSI', 'SingleTenant'])
param appType string
@description('The managed identity\'s client id (UserAssignedMSI) or the Entra app id (SingleTenant).')
param appId string
param tenantId string
@description('UserAssignedMSI only: resource id of the managed identity.')
param identityId string = ''

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: appId
    msaAppType: appType
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

output botId string = bot.id
