//! The game's sound effects, made in code: no recorded files, nothing to
//! license, the same bytes on every machine. Each effect is a short, soft
//! sound (under half a second, never loud, no sudden start or stop) written as
//! a 16-bit mono WAV that the window's audio player can decode.
//!
//! Sound is never the only signal: every effect goes with something on screen.

use std::f32::consts::TAU;

/// Samples per second: plenty for soft tones, and small.
pub const SAMPLE_RATE: u32 = 22_050;

/// Loudest sample, as a share of full scale: effects stay gentle.
pub const PEAK: f32 = 0.5;

/// The moments that make a sound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Effect {
    /// A choice was picked: a short soft "pop".
    Choice,
    /// Feedback appears: two gentle chime notes.
    Feedback,
    /// A sticker lands in the book: four notes going up.
    Sticker,
    /// On to the next line or page: a soft paper swoosh.
    PageTurn,
}

impl Effect {
    pub const ALL: [Effect; 4] = [
        Effect::Choice,
        Effect::Feedback,
        Effect::Sticker,
        Effect::PageTurn,
    ];

    /// The effect as WAV file bytes.
    pub fn wav(self) -> Vec<u8> {
        encode_wav(&self.samples())
    }

    /// The effect as samples in -1.0..=1.0.
    pub fn samples(self) -> Vec<f32> {
        let mut s = match self {
            Effect::Choice => glide(520.0, 780.0, 0.09),
            Effect::Feedback => notes(&[659.25, 783.99], 0.16, 0.3),
            Effect::Sticker => notes(&[523.25, 659.25, 783.99, 1046.5], 0.07, 0.28),
            Effect::PageTurn => swoosh(0.2),
        };
        normalise(&mut s, PEAK);
        fade_edges(&mut s, 0.004);
        s
    }
}

/// A sine that slides from one pitch to another and dies away.
fn glide(from: f32, to: f32, seconds: f32) -> Vec<f32> {
    let n = (seconds * SAMPLE_RATE as f32) as usize;
    let mut phase = 0.0f32;
    (0..n)
        .map(|i| {
            let t = i as f32 / n as f32;
            phase += TAU * (from + (to - from) * t) / SAMPLE_RATE as f32;
            phase.sin() * (1.0 - t).powi(2)
        })
        .collect()
}

/// Bell-like notes one after the other, each ringing on under the next.
fn notes(pitches: &[f32], step: f32, ring: f32) -> Vec<f32> {
    let rate = SAMPLE_RATE as f32;
    let total = ((step * (pitches.len() - 1) as f32 + ring) * rate) as usize;
    let mut out = vec![0.0f32; total];
    for (k, f) in pitches.iter().enumerate() {
        let start = (k as f32 * step * rate) as usize;
        for (i, sample) in out[start..].iter_mut().enumerate() {
            let t = i as f32 / rate;
            if t > ring {
                break;
            }
            let env = (-t * 9.0).exp() * (t / 0.005).min(1.0);
            // A quiet octave above makes it a chime rather than a beep.
            *sample += env * ((TAU * f * t).sin() + 0.25 * (TAU * 2.0 * f * t).sin());
        }
    }
    out
}

/// Soft noise that swells and fades, smoothed so it hisses less.
fn swoosh(seconds: f32) -> Vec<f32> {
    let n = (seconds * SAMPLE_RATE as f32) as usize;
    // A fixed seed: the same sound every time, and tests can compare it.
    let mut rng = fastrand::Rng::with_seed(7);
    let mut low = 0.0f32;
    (0..n)
        .map(|i| {
            let t = i as f32 / n as f32;
            let noise = rng.f32() * 2.0 - 1.0;
            // A low-pass that opens up as the page moves, then closes.
            let open = 0.05 + 0.25 * (t * std::f32::consts::PI).sin();
            low += open * (noise - low);
            low * (t * std::f32::consts::PI).sin().powi(2)
        })
        .collect()
}

/// Scales so the loudest sample is `peak`.
fn normalise(s: &mut [f32], peak: f32) {
    let max = s.iter().fold(0.0f32, |m, v| m.max(v.abs()));
    if max > 0.0 {
        for v in s.iter_mut() {
            *v *= peak / max;
        }
    }
}

/// Ramps the first and last few milliseconds so there is no click.
fn fade_edges(s: &mut [f32], seconds: f32) {
    let n = ((seconds * SAMPLE_RATE as f32) as usize).min(s.len() / 2);
    let len = s.len();
    for i in 0..n {
        let g = i as f32 / n as f32;
        s[i] *= g;
        s[len - 1 - i] *= g;
    }
}

/// 16-bit PCM mono WAV.
pub fn encode_wav(samples: &[f32]) -> Vec<u8> {
    let data_len = (samples.len() * 2) as u32;
    let mut out = Vec::with_capacity(44 + data_len as usize);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&SAMPLE_RATE.to_le_bytes());
    out.extend_from_slice(&(SAMPLE_RATE * 2).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        let v = (s.clamp(-1.0, 1.0) * f32::from(i16::MAX)) as i16;
        out.extend_from_slice(&v.to_le_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_effect_is_short_gentle_and_starts_and_ends_in_silence() {
        for e in Effect::ALL {
            let s = e.samples();
            let seconds = s.len() as f32 / SAMPLE_RATE as f32;
            assert!((0.05..=0.5).contains(&seconds), "{e:?} lasts {seconds} s");
            let peak = s.iter().fold(0.0f32, |m, v| m.max(v.abs()));
            assert!(peak <= PEAK + 1e-4 && peak > 0.1, "{e:?} peaks at {peak}");
            assert!(
                s[0].abs() < 1e-3 && s[s.len() - 1].abs() < 1e-3,
                "{e:?} clicks"
            );
        }
    }

    #[test]
    fn the_wav_header_describes_the_samples() {
        let wav = Effect::Choice.wav();
        assert_eq!(&wav[0..4], b"RIFF");
        assert_eq!(&wav[8..16], b"WAVEfmt ");
        let rate = u32::from_le_bytes(wav[24..28].try_into().unwrap());
        assert_eq!(rate, SAMPLE_RATE);
        let data = u32::from_le_bytes(wav[40..44].try_into().unwrap()) as usize;
        assert_eq!(data, wav.len() - 44);
        assert_eq!(data, Effect::Choice.samples().len() * 2);
    }

    #[test]
    fn effects_are_the_same_every_time_and_differ_from_each_other() {
        for e in Effect::ALL {
            assert_eq!(e.wav(), e.wav());
        }
        assert_ne!(Effect::Choice.wav(), Effect::Feedback.wav());
        assert_ne!(Effect::Sticker.wav(), Effect::PageTurn.wav());
    }
}
