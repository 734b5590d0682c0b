const FLOW_ID = '5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84';
const LAUNCH = 'https://api.mypurecloud.com/api/v2/flows/executions';

function launchWithXhr(token, orderId, done) {
  const xhr = new XMLHttpRequest();
  xhr.open('POST', LAUNCH);
  xhr.setRequestHeader('Content-Type', 'application/json');
  xhr.setRequestHeader('Authorization', 'Bearer ' + token);
  xhr.onload = function () { done(null, JSON.parse(xhr.responseText)); };
  xhr.send(JSON.stringify({ flowId: FLOW_ID, inputData: { 'Flow.orderId': orderId } }));
}

function launchWithJquery(token) {
  return $.ajax({
    url: LAUNCH,
    type: 'POST',
    contentType: 'application/json',
    headers: { Authorization: 'Bearer ' + token },
    data: JSON.stringify({ flowId: FLOW_ID }),
  });
}

function launchWithJqueryUrlFirst(name) {
  return $.ajax(LAUNCH, { method: 'POST', contentType: 'application/json; charset=UTF-8', data: JSON.stringify({ flowId: FLOW_ID, name: name }) });
}
