import { useState } from 'preact/hooks';

/** A `.har` dropped on the panel is imported; `dragging` says a file is over the panel, for the drop hint. */
export function useHarDrop(importHar: (name: string, file: File) => unknown) {
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    handlers: {
      onDragOver: (e: DragEvent): void => {
        if (!e.dataTransfer?.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      },
      onDragLeave: (e: DragEvent): void => {
        if (e.target === e.currentTarget) setDragging(false);
      },
      onDrop: (e: DragEvent): void => {
        const file = e.dataTransfer?.files[0];
        setDragging(false);
        if (!file) return;
        e.preventDefault();
        void importHar(file.name, file);
      },
    },
  };
}
