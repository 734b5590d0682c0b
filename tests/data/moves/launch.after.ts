const body = {
    flowId: "00000000-0000-4000-8000-000000000000",
    inputData: {
        "Flow.amount": 1e3,
        /* as billed */ "Flow.currency": "EUR",
    },
};
await fetch("https://api.mypurecloud.com/api/v2/flows/executions", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
});
