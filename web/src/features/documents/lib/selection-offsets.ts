/**
 * The character offset of a point of the DOM (a selection's anchor or focus) within a container's text: the
 * length of the text from the container's start to that point, however the text is cut into elements.
 */
export function offsetWithin(container: Node, node: Node, offset: number): number | undefined {
  if (!container.contains(node)) return undefined;
  const range = container.ownerDocument?.createRange();
  if (range === undefined) return undefined;
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The selection's two ends as offsets of the container's text, when both lie within it. */
export function selectionWithin(container: Node, selection: Selection | null): [number, number] | undefined {
  if (
    selection === null ||
    selection.isCollapsed ||
    selection.anchorNode === null ||
    selection.focusNode === null
  )
    return undefined;
  const a = offsetWithin(container, selection.anchorNode, selection.anchorOffset);
  const b = offsetWithin(container, selection.focusNode, selection.focusOffset);
  return a === undefined || b === undefined ? undefined : [a, b];
}
