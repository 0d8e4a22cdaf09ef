import {
  VIEW_STATE_SCHEMA_VERSION,
  ViewStateSchema,
  type ViewState,
} from '../../../shared/view-state'
import type { UserDataNotice } from '../../../shared/user-data'
import { DurableJsonFile } from './durable-json-file'

export class ViewStateRepository {
  private constructor(
    private readonly file: DurableJsonFile<ViewState>,
    private state: ViewState,
    readonly notice: UserDataNotice | null,
  ) {}

  static async open(userDataDir: string, now: () => Date): Promise<ViewStateRepository> {
    const file = new DurableJsonFile<ViewState>(
      userDataDir,
      {
        fileName: 'view-state.json',
        description: 'the last view',
        currentVersion: VIEW_STATE_SCHEMA_VERSION,
        migrations: {},
        schema: ViewStateSchema,
        empty: () => ({
          schemaVersion: VIEW_STATE_SCHEMA_VERSION,
          range: null,
          query: {},
          selectedId: null,
        }),
      },
      now,
    )
    const { value, notice } = await file.load()
    return new ViewStateRepository(file, value, notice)
  }

  get(): ViewState {
    return this.state
  }

  async save(state: ViewState): Promise<void> {
    await this.file.save(state)
    this.state = state
  }
}
