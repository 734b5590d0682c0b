const platformClient = require('purecloud-platform-client-v2');

const FLOW_ID = '5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84';
const architect = new platformClient.ArchitectApi();

module.exports.launch = async function launch(orderId) {
  return architect.postFlowsExecutions({ flowId: FLOW_ID, inputData: { 'Flow.orderId': orderId } });
};

module.exports.launchNamed = (name) => architect.postFlowsExecutions({ flowId: FLOW_ID, name, flowVersion: '4.0' });

module.exports.launchBuilt = async (caseId) => {
  const body = { flowId: FLOW_ID };
  body.inputData = { 'Flow.caseId': caseId };
  return new platformClient.ArchitectApi().postFlowsExecutions(body);
};
