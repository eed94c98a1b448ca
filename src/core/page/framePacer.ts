/**
 * How many blocks to mark before letting the browser render. Our script
 * chunks stay short, but the browser then lays out every block we changed in
 * one rendering task: on a 30,000-element page, 2,000 marked blocks meant a
 * 200 ms frame. That frame costs roughly a fixed part (the page's size) plus
 * a part per changed block, both unknown until measured, so the pacer fits
 * that line to the frames it has seen and sizes the next chunk to fit the
 * target.
 */

export interface FrameSample {
  /** Blocks changed before the frame. */
  blocks: number;
  /** How long the frame's rendering took, in ms. */
  renderMs: number;
}

export interface FramePacerOptions {
  /** Longest rendering task to aim for, in ms. */
  targetMs?: number;
  initialBlocks?: number;
  /**
   * Elements on the page: with it, the first chunk is sized from what a
   * frame of a page that size costs, instead of a few blocks to be safe.
   */
  pageElements?: number;
  minBlocks?: number;
  maxBlocks?: number;
}

/**
 * A first guess at a frame's cost before any is measured: a fixed part that
 * grows with the page (measured: about 0.7 µs per element, one changed word
 * costing a 20,000-element live blog 14 ms and a 30,000-element list 20–28
 * ms), and a part per changed block (0.07 ms on that list). Both rounded up,
 * so the guess errs towards smaller chunks; the pacer learns from the first
 * frames.
 */
const GUESS_MS_PER_ELEMENT = 0.001;
const GUESS_MS_PER_BLOCK = 0.1;

/** Recent frames only: a page's cost per block changes as it grows. */
const WINDOW = 8;
/**
 * Our writes may always add this share of the target to a frame, so a page
 * whose every frame costs nearly the target anyway (measured: 30 ms on a
 * 30,000-element list) is still finished in a reasonable number of frames.
 */
const MIN_ROOM_SHARE = 0.25;
/** The next chunk grows at most this much, so one cheap frame does not lead to an expensive one. */
const MAX_GROWTH = 2;
/** How far a guessed chunk size is stepped, enough for the next fit to see two sizes. */
const GUESS_STEP = 1.5;
/** How far a fitted model's size is tried upwards when its frames stay well under the target… */
const PROBE_STEP = 1.25;
/** …that is, under this share of it (a settled model lands just under the target). */
const ROOM_WORTH_PROBING = 0.9;

export class FramePacer {
  private readonly targetMs: number;
  private readonly minBlocks: number;
  private readonly maxBlocks: number;
  private readonly samples: FrameSample[] = [];
  private model: FrameCost | undefined;
  /** The model is the all-per-block guess, not a fitted line. */
  private guessed = true;
  private blocks: number;

  constructor(options: FramePacerOptions = {}) {
    this.targetMs = options.targetMs ?? 42;
    this.minBlocks = options.minBlocks ?? 8;
    this.maxBlocks = options.maxBlocks ?? 4000;
    if (options.initialBlocks === undefined && options.pageElements !== undefined) {
      this.model = { fixedMs: options.pageElements * GUESS_MS_PER_ELEMENT, perBlockMs: GUESS_MS_PER_BLOCK };
      this.blocks = this.clampBlocks(this.blocksFor(this.model));
    } else {
      this.blocks = this.clampBlocks(options.initialBlocks ?? 50);
    }
  }

  /** As many blocks as the model says fit in a frame of the target length. */
  private blocksFor({ fixedMs, perBlockMs }: FrameCost): number {
    const room = Math.max(this.targetMs - fixedMs, this.targetMs * MIN_ROOM_SHARE);
    return perBlockMs > 0 ? Math.floor(room / perBlockMs) : this.maxBlocks;
  }

  /** Blocks to change before the next frame. */
  get blocksPerFrame(): number {
    return this.blocks;
  }

  /** The last fitted line, while it still predicts the frames (chunks of one size teach nothing new). */
  private stillFitting(sample: FrameSample): FrameCost | undefined {
    if (!this.model) return undefined;
    const predicted = this.model.fixedMs + this.model.perBlockMs * sample.blocks;
    return Math.abs(sample.renderMs - predicted) <= Math.max(2, predicted / 4) ? this.model : undefined;
  }

  record(sample: FrameSample): void {
    if (!(sample.blocks > 0) || !(sample.renderMs >= 0)) return;
    this.samples.push(sample);
    if (this.samples.length > WINDOW) this.samples.shift();
    const fit = fitFrameCost(this.samples);
    if (fit) {
      this.model = fit;
      this.guessed = false;
    } else if (!this.stillFitting(sample)) {
      this.model = allPerBlock(sample);
      this.guessed = true;
    }
    const wanted = this.blocksFor(this.model!);
    let next = this.clampBlocks(Math.min(wanted, this.blocks * MAX_GROWTH));
    // A model keeps predicting chunks of the size it chose, so it is never replaced:
    // the first guess shrank chunks to a few blocks where most of a frame is the
    // page's own (a 30,000-element page then took 25–55 s), and a line fitted to one
    // slow frame kept chunks small on frames well under the target. While no line
    // can be fitted, step the size so the next frames can be.
    if (!fit && Math.abs(next - sample.blocks) < sample.blocks / 4) {
      if (this.guessed)
        next = this.clampBlocks(
          sample.renderMs <= this.targetMs ? sample.blocks * GUESS_STEP : sample.blocks / GUESS_STEP,
        );
      else if (sample.renderMs < this.targetMs * ROOM_WORTH_PROBING)
        next = this.clampBlocks(sample.blocks * PROBE_STEP);
    }
    this.blocks = next;
  }

  private clampBlocks(blocks: number): number {
    return Math.round(clamp(blocks, this.minBlocks, this.maxBlocks));
  }
}

export interface FrameCost {
  fixedMs: number;
  perBlockMs: number;
}

/** Least-squares line through the samples: render = fixed + perBlock × blocks; undefined while they cannot tell the two parts apart. */
export function fitFrameCost(samples: readonly FrameSample[]): FrameCost | undefined {
  const n = samples.length;
  if (n < 2) return undefined;
  const sizes = samples.map((s) => s.blocks);
  const meanX = sizes.reduce((a, b) => a + b, 0) / n;
  // Sizes within a fifth of each other: noise decides the slope, so no line is better than a wild one.
  if (Math.max(...sizes) - Math.min(...sizes) < meanX / 5) return undefined;
  const meanY = samples.reduce((s, x) => s + x.renderMs, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const { blocks, renderMs } of samples) {
    sxx += (blocks - meanX) ** 2;
    sxy += (blocks - meanX) * (renderMs - meanY);
  }
  const slope = sxy / sxx;
  // Noise, not a page whose frames get cheaper as we write more.
  if (slope <= 0) return undefined;
  // The fixed part can be no more than the cheapest frame seen, nor less than nothing.
  const fixedMs = clamp(meanY - slope * meanX, 0, Math.min(...samples.map((s) => s.renderMs)));
  return { fixedMs, perBlockMs: slope };
}

/**
 * With nothing better, all of a frame's cost is taken as per block: that errs
 * towards smaller chunks, and the next, smaller chunk separates the two parts.
 */
function allPerBlock(sample: FrameSample): FrameCost {
  return { fixedMs: 0, perBlockMs: sample.renderMs / sample.blocks };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}
