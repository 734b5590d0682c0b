from dataclasses import asdict, dataclass, field

import requests


@dataclass
class FlowLaunch:
    flowId: str
    inputData: dict = field(default_factory=dict)


def launch(token: str, launch: FlowLaunch) -> str:
    r = requests.post(  # LAUNCH
        "https://api.mypurecloud.com/api/v2/flows/executions",
        json=asdict(launch),
        headers={"Authorization": f"Bearer {token}"},
    )
    return r.json()["id"]
