// The reference article, bundled so the app opens with something real on the map.
import sampleText from '../samples/iran-syria-2020-05-06.txt?raw';

export const SAMPLE = {
  text: sampleText,
  published: '2020-05-06',
  title: sampleText.split('\n', 1)[0]!.trim(),
} as const;
