import { describe, expect, it } from 'vitest';
import { pronounceWord } from '../../src/korean/pronunciation';

describe('pronounceWord', () => {
  it.each([
    ['현재', '[현재]'],
    ['인수', '[인수]'],
    ['분기', '[분기]'],
    ['있다', '[읻따]'],
    ['핵심', '[핵씸]'],
    ['먹고', '[먹꼬]'],
    ['확대하면서', '[확때하면서]'],
    ['국민', '[궁민]'],
    ['같이', '[가치]'],
    ['없는', '[엄는]'],
  ])('%s is %s', (word, expected) => {
    expect(pronounceWord(word)).toBe(expected);
  });
});
