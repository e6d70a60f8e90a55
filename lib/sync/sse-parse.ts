/**
 * Reads a text/event-stream as it arrives (the WHATWG "server-sent events" format): chunks in,
 * whole events out. Comments (": keep-alive") and fields other than event/data/id are skipped.
 */
export interface SseEvent {
  event: string;
  data: string;
  id?: string;
}

export function sseParser(onEvent: (e: SseEvent) => void): (chunk: string) => void {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | undefined;
  const dispatch = () => {
    if (data.length > 0)
      onEvent({
        event: event || 'message',
        data: data.join('\n'),
        ...(id === undefined ? {} : { id }),
      });
    event = '';
    data = [];
  };
  return (chunk) => {
    buffer += chunk;
    const lines = buffer.split(/\r\n|\r|\n/);
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (line === '') {
        dispatch();
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
      else if (field === 'id') id = value;
    }
  };
}
