const body = {
  flowId: "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c",
  inputData: {
    "Flow.note": `first
    second
third`,
    /* a note
         on two lines */
    "Flow.count": 2,
  },
};
fetch("https://api.mypurecloud.com/api/v2/flows/executions", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
