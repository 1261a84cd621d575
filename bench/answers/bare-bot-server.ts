import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Request as BotbuilderRequest,
  type Response as BotbuilderResponse,
} from "botbuilder";
import restify from "restify";

/**
 * Baseline (b): the least a Teams bot can do per invoke. botbuilder's CloudAdapter on restify, auth off exactly as
 * Trivsel runs locally, and a handler that answers every Action.Execute with a fixed message and touches nothing.
 */
export async function startBareBot(): Promise<{ url: string; stop(): Promise<void> }> {
  const credentials = new ConfigurationServiceClientCredentialFactory({ MicrosoftAppType: "MultiTenant" });
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}, credentials));
  const bot = new (class extends ActivityHandler {
    protected override async onInvokeActivity() {
      return {
        status: 200,
        body: { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: "ok" },
      };
    }
  })();
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser());
  server.post("/api/messages", async (req, res) => {
    await adapter.process(req as unknown as BotbuilderRequest, res as unknown as BotbuilderResponse, (context) =>
      bot.run(context),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
