// file:// URIs to paths without pulling a URI library into the server bundle.
import { fileURLToPath } from 'url';

export const URI = {
  toFsPath(uri: string): string | undefined {
    try {
      return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    } catch {
      return undefined;
    }
  },
};
