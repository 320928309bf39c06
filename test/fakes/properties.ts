/**
 * PropertiesService: user and document stores of string values. The stores are plain Maps
 * the test can read or prefill (env.properties.document, …).
 */
import { Counted, type CallCounter } from './calls';
import { signatureError } from './errors';

type GasProperties = GoogleAppsScript.Properties.Properties;
type GasPropertiesService = GoogleAppsScript.Properties.PropertiesService;

/** Apps Script refuses a single value over 9 KB. */
const MAX_VALUE_BYTES = 9 * 1024;

function checkedValue(value: unknown): string {
  const text = String(value);
  if (new TextEncoder().encode(text).length > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
  return text;
}

export class FakeProperties
  extends Counted
  implements Pick<GasProperties, keyof FakeProperties & keyof GasProperties>
{
  constructor(
    calls: CallCounter,
    private readonly store: Map<string, string>,
  ) {
    super(calls, 'Properties');
  }

  private gas(): GasProperties {
    return this as unknown as GasProperties;
  }

  getProperty(key: string): string | null {
    this.hit('getProperty');
    return this.store.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): GasProperties {
    this.hit('setProperty');
    if (typeof key !== 'string')
      throw signatureError('PropertiesService.Properties.setProperty', [key, value]);
    this.store.set(key, checkedValue(value));
    return this.gas();
  }

  deleteProperty(key: string): GasProperties {
    this.hit('deleteProperty');
    this.store.delete(String(key));
    return this.gas();
  }
}

export interface PropertyStores {
  user: Map<string, string>;
  document: Map<string, string>;
}

export class FakePropertiesService
  extends Counted
  implements Pick<GasPropertiesService, keyof FakePropertiesService & keyof GasPropertiesService>
{
  constructor(
    calls: CallCounter,
    private readonly stores: PropertyStores,
  ) {
    super(calls, 'PropertiesService');
  }

  getUserProperties(): GasProperties {
    this.hit('getUserProperties');
    return new FakeProperties(this.calls, this.stores.user) as unknown as GasProperties;
  }

  getDocumentProperties(): GasProperties {
    this.hit('getDocumentProperties');
    return new FakeProperties(this.calls, this.stores.document) as unknown as GasProperties;
  }
}
