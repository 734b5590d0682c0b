import aiohttp


class Launcher:
    def __init__(self) -> None:
        self.session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        self.session = aiohttp.ClientSession(headers={"Authorization": "Bearer t"})

    async def launch(self, flow_id: str) -> str:
        assert self.session is not None
        resp = await self.session.post("https://api.mypurecloud.com/api/v2/flows/executions", json={"flowId": flow_id})  # LAUNCH
        return (await resp.json())["id"]
