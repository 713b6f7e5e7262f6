/**
 * What went wrong with a form or an action, announced at once (role `alert`) and shown beside
 * the thing it is about. Renders nothing when there is no message.
 */
export function FieldError({
  message,
  inline = false,
  id,
}: {
  message: string | null | undefined;
  inline?: boolean;
  id?: string;
}) {
  if (!message) return null;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag id={id} role="alert" className="field-error">
      {message}
    </Tag>
  );
}
