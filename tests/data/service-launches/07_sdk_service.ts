import platformClient from 'purecloud-platform-client-v2';

const client = platformClient.ApiClient.instance;
const architect = new platformClient.ArchitectApi();

export async function launchEscalation(caseId: string, flowId: string) {
  await client.loginClientCredentialsGrant(process.env.CLIENT_ID!, process.env.CLIENT_SECRET!);
  const request: platformClient.Models.FlowExecutionLaunchRequest = {
    flowId,
    inputData: { 'Flow.caseId': caseId },
  };
  return architect.postFlowsExecutions(request); // LAUNCH
}
