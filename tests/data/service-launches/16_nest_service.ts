import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class GenesysService {
  constructor(private readonly http: HttpService) {}

  async launch(flowId: string, inputs: Record<string, string>) {
    const { data } = await firstValueFrom(
      this.http.post('https://api.mypurecloud.com/api/v2/flows/executions', { flowId, inputData: inputs }), // LAUNCH
    );
    return data;
  }
}
