/**
 * A stand-in for a language model: a fixed, deterministic answer streamed word by word with a pause
 * between words, as a model's text stream would arrive. Swap it for your model SDK's stream
 * (any `AsyncIterable<string>` of deltas).
 */

/** The answer the fake model gives to `question`. */
export function fakeAnswer(question: string): string {
  const words = Array.from({ length: 40 }, (_, i) => `word${i + 1}`).join(' ')
  return `**You asked:** ${question}\n\nHere is a streamed answer: ${words}.\n\n\`\`\`ts\nconst done = true\n\`\`\``
}

/**
 * Streams {@link fakeAnswer} in small deltas.
 *
 * @param question The user's message.
 * @param pauseMs Pause between deltas (default 40 ms, so a 60-delta answer takes about 2.5 s).
 */
export async function* fakeModel(question: string, pauseMs = 40): AsyncGenerator<string> {
  const answer = fakeAnswer(question)
  for (const piece of answer.match(/\S+\s*|\s+/g) ?? []) {
    yield piece
    await new Promise((resolve) => setTimeout(resolve, pauseMs))
  }
}
