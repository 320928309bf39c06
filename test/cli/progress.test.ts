import { progress, progressDone } from '../../src/cli/progress';

/** A stand-in for a terminal (or a pipe) that keeps what was written. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) > 0 };
}

describe('the progress line', () => {
  it('on a terminal, each phase replaces the last and done leaves no residue', () => {
    const tty = stream(true);
    progress('Đang đọc de-cu.xlsx', tty);
    progress('Đang xử lý 1252 dòng đề cử trong 3 trang đề cử', tty);
    progressDone(tty);
    expect(tty.written).toEqual([
      '\r\x1b[2K… Đang đọc de-cu.xlsx',
      '\r\x1b[2K… Đang xử lý 1252 dòng đề cử trong 3 trang đề cử',
      '\r\x1b[2K',
    ]);
  });

  it('in a pipe or a log, writes nothing at all', () => {
    const pipe = stream(false);
    progress('Đang đọc de-cu.xlsx', pipe);
    progressDone(pipe);
    expect(pipe.written).toEqual([]);
  });
});
