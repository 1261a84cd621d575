// The Web App: Linux, Node 20 LTS, HTTPS only, running `src/main.ts` under tsx as `npm start` does locally.

@description('Web App name, globally unique: it becomes <name>.azurewebsites.net.')
param name string
param location string
param sku string
@minValue(1)
param instanceCount int
@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string
@description('Log Analytics workspace for HTTP and console logs.')
param workspaceId string
@description('App settings (name -> value); secure, because it may carry SECRET_BOT_PASSWORD.')
@secure()
param appSettings object

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: sku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: name
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node --disable-warning=DEP0111 --import tsx src/main.ts'
      // The scheduler and queue workers run in-process: the app must not be unloaded when idle.
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        for setting in items(appSettings): {
          name: setting.key
          value: setting.value
        }
      ]
    }
  }
}

resource ftpOff 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
    ]
  }
}

output resourceId string = site.id
output defaultHostName string = site.properties.defaultHostName
