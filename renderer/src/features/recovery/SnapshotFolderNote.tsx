import { useEffect, useState } from 'react';

import { parley } from '../../platform/bridge';

/** In the desktop app, says where the JSON copies of the snapshots are, for a day the app will not start. */
export function SnapshotFolderNote() {
  const [folder, setFolder] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void parley.getAppInfo({}).then((info) => {
      if (live && info.ok && info.value.shell === 'electron')
        setFolder(
          `${info.value.dataLocation}${info.value.platform === 'win32' ? '\\' : '/'}snapshots`,
        );
    });
    return () => {
      live = false;
    };
  }, []);
  if (!folder) return null;
  return (
    <p className="hint">
      Each snapshot is also saved as a JSON file in <code>{folder}</code>.
    </p>
  );
}
