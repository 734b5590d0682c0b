function launchFlow(token, flowId, callback) {
  var xhr = new XMLHttpRequest();
  xhr.open('POST', 'https://api.mypurecloud.com/api/v2/flows/executions'); // LAUNCH
  xhr.setRequestHeader('Authorization', 'Bearer ' + token);
  xhr.setRequestHeader('Content-Type', 'application/json');
  xhr.onload = function () { callback(JSON.parse(xhr.responseText)); };
  xhr.send(JSON.stringify({ flowId: flowId, inputData: { 'Flow.source': 'legacy' } }));
}
