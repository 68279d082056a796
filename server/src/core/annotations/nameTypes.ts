export const NAME_TYPES_SET: ReadonlySet<string> = new Set(['PERSON', 'INSTITUTION', 'PLACE']);
