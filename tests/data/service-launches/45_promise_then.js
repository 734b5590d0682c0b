function launch(token, flowId) {
  return fetch('https://api.mypurecloud.com/api/v2/flows/executions', { // LAUNCH
    method: 'POST',
    headers: new Headers({ 'Content-Type': 'application/json', Authorization: 'Bearer ' + token }),
    body: JSON.stringify({ flowId: flowId, inputData: { 'Flow.source': 'crm' } }),
  })
    .then(function (r) { return r.json(); })
    .then(function (j) { return j.id; });
}
