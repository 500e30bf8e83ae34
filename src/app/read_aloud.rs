//! Reading aloud: a speaker button beside every story line, choice and piece of
//! feedback, and (if the child wants) everything read as it appears. Speech
//! comes from the computer's own offline speech service through the `tts`
//! crate (feature `read-aloud`); the sentence being spoken is highlighted.
//!
//! Screens only talk to the `Reader` resource; the engine behind it is added
//! by `plugin` when the game runs for real (never in shots or tests).

use std::collections::VecDeque;
use std::ops::Range;

use bevy::prelude::*;
use bevy_egui::egui;

use crate::app::theme;
use crate::speech::{Utterance, utterances};

/// Why nothing can be read aloud, if so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unavailable {
    /// Built without the `read-aloud` feature, or no engine in this run (shots).
    NotBuilt,
    /// The computer's speech service could not be started.
    NoEngine(String),
    /// No installed voice speaks this language.
    NoVoice(String),
}

/// What the screens ask for and show.
#[derive(Resource, Default)]
pub struct Reader {
    /// What is left to say, in order.
    pub queue: VecDeque<Utterance>,
    /// What is being said now (its source and sentence are highlighted).
    pub speaking: Option<Utterance>,
    /// Set by the engine: None when speech works for the current language.
    pub unavailable: Option<Unavailable>,
    /// The language to speak in.
    pub language: String,
    /// Asked to stop everything (the engine clears it).
    pub stop: bool,
    /// The last screen step read automatically, so it is read once.
    auto_key: Option<String>,
    /// A note for the child after pressing a speaker with no voice.
    pub show_problem: bool,
}

impl Reader {
    /// Reads `texts` ((source, text) pairs), stopping whatever was being read.
    pub fn read(&mut self, texts: &[(String, String)]) {
        self.stop = true;
        self.queue = utterances(texts).into();
        self.show_problem = self.unavailable.is_some();
    }

    /// Reads a screen's texts once when it first appears, if the child asked for
    /// everything to be read. `key` names the step (a new key reads again).
    pub fn auto(&mut self, enabled: bool, key: &str, texts: &[(String, String)]) {
        if self.auto_key.as_deref() == Some(key) {
            return;
        }
        self.auto_key = Some(key.to_string());
        if enabled && self.unavailable.is_none() {
            self.read(texts);
        } else if self.busy() {
            // A new screen: what was being read belongs to the old one.
            self.stop = true;
            self.queue.clear();
        }
    }

    pub fn busy(&self) -> bool {
        self.speaking.is_some() || !self.queue.is_empty()
    }

    /// The sentence of `source` being read now, if any.
    pub fn highlight(&self, source: &str) -> Option<Range<usize>> {
        self.speaking
            .as_ref()
            .filter(|u| u.source == source)
            .map(|u| u.range.clone())
    }

    /// A small speaker button that reads `texts`; its name for screen readers is
    /// `label`.
    pub fn button(&mut self, ui: &mut egui::Ui, label: &str, texts: &[(String, String)]) {
        let reading = texts
            .iter()
            .any(|(source, _)| self.speaking.as_ref().is_some_and(|u| &u.source == source));
        let b = egui::Button::new(egui::RichText::new(if reading { "⏹" } else { "🔊" }).size(26.0))
            .fill(theme::secondary())
            .min_size(egui::vec2(48.0, 48.0));
        let r = ui.add(b);
        r.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, label));
        if r.clicked() {
            if reading {
                self.stop = true;
                self.queue.clear();
            } else {
                self.read(texts);
            }
        }
    }
}

/// `text` as a wrapped label, with the sentence being read (if any) marked by
/// a yellow background and an underline.
pub fn highlighted_job(
    text: &str,
    range: Option<Range<usize>>,
    font: egui::FontId,
    colour: egui::Color32,
) -> egui::text::LayoutJob {
    let mut job = egui::text::LayoutJob::default();
    let plain = egui::TextFormat {
        font_id: font,
        color: colour,
        ..Default::default()
    };
    match range.filter(|r| {
        r.end <= text.len() && text.is_char_boundary(r.start) && text.is_char_boundary(r.end)
    }) {
        Some(r) => {
            let marked = egui::TextFormat {
                background: egui::Color32::from_rgb(0xFF, 0xE5, 0x8A),
                color: egui::Color32::BLACK,
                underline: egui::Stroke::new(2.0, egui::Color32::BLACK),
                ..plain.clone()
            };
            job.append(&text[..r.start], 0.0, plain.clone());
            job.append(&text[r.clone()], 0.0, marked);
            job.append(&text[r.end..], 0.0, plain);
        }
        None => job.append(text, 0.0, plain),
    }
    job
}

/// The reader, and the speech engine when built with it.
pub fn plugin(app: &mut App, with_engine: bool) {
    app.init_resource::<Reader>();
    #[cfg(feature = "read-aloud")]
    if with_engine {
        engine::add(app);
        return;
    }
    let _ = with_engine;
    app.world_mut().resource_mut::<Reader>().unavailable = Some(Unavailable::NotBuilt);
}

#[cfg(feature = "read-aloud")]
mod engine {
    //! The `tts` engine runs on its own thread: a speech service that is slow
    //! or stuck (seen here: a Speech Dispatcher left hanging made every call
    //! block) must never hold up the window. The game sends it commands and
    //! reads back a small status; one sentence at a time, so the highlight
    //! follows. The window only wakes up often while something is being read.

    use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    use bevy::prelude::*;
    use bevy::winit::{UpdateMode, WinitSettings};

    use super::{Reader, Unavailable};
    use crate::app::flow::Game;

    enum Command {
        Language(String),
        Speak { text: String, interrupt: bool },
        Stop,
    }

    /// What the speech thread last said about itself.
    #[derive(Default)]
    struct Status {
        /// The engine answered and a language was set up.
        ready_for: Option<String>,
        unavailable: Option<Unavailable>,
        speaking: bool,
    }

    /// The game's side of the speech thread.
    #[derive(Resource)]
    struct Engine {
        commands: Mutex<Sender<Command>>,
        status: Arc<Mutex<Status>>,
        started: Instant,
        language_sent: Option<String>,
        /// When the current sentence was handed over, until the engine says it
        /// has begun (speech services start a moment later).
        handed_over: Option<Instant>,
        /// When the current sentence must be over by, however the engine
        /// reports it (a speech service with no sound card can say "speaking"
        /// for ever): then the next one starts.
        deadline: Option<Instant>,
    }

    impl Engine {
        fn send(&self, c: Command) {
            if let Ok(tx) = self.commands.lock() {
                let _ = tx.send(c);
            }
        }
    }

    pub fn add(app: &mut App) {
        let (tx, rx) = channel();
        let status = Arc::new(Mutex::new(Status::default()));
        let shared = Arc::clone(&status);
        let spawned = std::thread::Builder::new()
            .name("read-aloud".into())
            .spawn(move || speech_thread(rx, shared));
        if let Err(e) = spawned {
            warn!("reading aloud is off: {e}");
            app.world_mut().resource_mut::<Reader>().unavailable =
                Some(Unavailable::NoEngine(e.to_string()));
            return;
        }
        app.insert_resource(Engine {
            commands: Mutex::new(tx),
            status,
            started: Instant::now(),
            language_sent: None,
            handed_over: None,
            deadline: None,
        });
        app.add_systems(Update, speak);
    }

    /// Owns the `tts` engine; everything that may block happens here.
    fn speech_thread(commands: Receiver<Command>, status: Arc<Mutex<Status>>) {
        let set = |f: &dyn Fn(&mut Status)| {
            if let Ok(mut s) = status.lock() {
                f(&mut s);
            }
        };
        // Listing the voices takes seconds of CPU with espeak-ng's thousands of
        // voices: behind the window and the child's input, never in front.
        #[cfg(unix)]
        // SAFETY: nice(2) only changes this thread's scheduling priority.
        unsafe {
            libc::nice(10);
        }
        // Connecting starts the speech service (Speech Dispatcher spawns its
        // daemon and loads its voices: most of a core for a second), so it
        // waits until the game first needs a voice, not during start-up where
        // it competed with the first frame. Nothing to stop before then.
        let first = loop {
            match commands.recv() {
                Ok(Command::Stop) => {}
                Ok(c) => break c,
                Err(_) => return,
            }
        };
        let mut tts = match tts::Tts::default() {
            Ok(t) => t,
            Err(e) => {
                warn!("reading aloud is off: {e}");
                let why = e.to_string();
                set(&|s| s.unavailable = Some(Unavailable::NoEngine(why.clone())));
                return;
            }
        };
        let mut speaking = false;
        // Speech services begin a moment after they are asked to speak.
        let mut poll_until = Instant::now();
        let mut pending = Some(first);
        loop {
            // While speaking (or about to), look twenty times a second for the
            // end of the sentence; otherwise sleep until the game sends something.
            let next = if let Some(c) = pending.take() {
                Ok(c)
            } else if speaking || Instant::now() < poll_until {
                commands.recv_timeout(Duration::from_millis(50))
            } else {
                commands.recv().map_err(|_| RecvTimeoutError::Disconnected)
            };
            match next {
                Ok(Command::Language(language)) => {
                    let problem = choose_voice(&mut tts, &language);
                    set(&|s| {
                        s.unavailable = problem.clone();
                        s.ready_for = Some(language.clone());
                    });
                }
                Ok(Command::Speak { text, interrupt }) => {
                    poll_until = Instant::now() + Duration::from_secs(3);
                    if let Err(e) = tts.speak(&text, interrupt) {
                        warn!("could not read aloud: {e}");
                    }
                }
                Ok(Command::Stop) => {
                    let _ = tts.stop();
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return,
            }
            speaking = tts.is_speaking().unwrap_or(false);
            set(&|s| s.speaking = speaking);
        }
    }

    fn speak(
        mut engine: ResMut<Engine>,
        mut reader: ResMut<Reader>,
        game: Res<Game>,
        screen: Res<State<crate::app::flow::Screen>>,
        mut winit: ResMut<WinitSettings>,
    ) {
        let engine = &mut *engine;
        let language = game.l10n.current_tag().to_string();
        // The voice is looked for only once reading aloud is wanted (or the
        // settings page shows whether it works): listing the voices costs
        // seconds of CPU, which most sessions need not spend.
        let wanted = reader.busy()
            || game.settings().read_aloud
            || *screen.get() == crate::app::flow::Screen::Settings;
        if wanted && engine.language_sent.as_deref() != Some(language.as_str()) {
            engine.language_sent = Some(language.clone());
            engine.started = Instant::now();
            reader.language = language.clone();
            engine.send(Command::Language(language.clone()));
        }
        let (ready, speaking, problem) = match engine.status.lock() {
            Ok(s) => (
                s.ready_for.as_deref() == Some(language.as_str()),
                s.speaking,
                s.unavailable.clone(),
            ),
            Err(_) => (false, false, None),
        };
        reader.unavailable = match problem {
            Some(p) => Some(p),
            // Still no answer after a while: say so rather than stay silent.
            None if engine.language_sent.is_some()
                && !ready
                && engine.started.elapsed() > Duration::from_secs(8) =>
            {
                Some(Unavailable::NoEngine(
                    "the speech service does not answer".into(),
                ))
            }
            None => None,
        };
        if reader.unavailable.is_some() && reader.busy() {
            // Nothing can be said: drop it, so the window can rest, and tell the
            // child why (the voice is looked up only at the first press).
            reader.queue.clear();
            reader.speaking = None;
            reader.show_problem = true;
        }
        if reader.stop {
            reader.stop = false;
            engine.send(Command::Stop);
            reader.speaking = None;
            engine.handed_over = None;
            engine.deadline = None;
        }
        let overdue = engine.deadline.is_some_and(|d| Instant::now() > d);
        let speaking_now = speaking && !overdue;
        if let Some(at) = engine.handed_over {
            // Wait for the sentence to begin (or give up after a while).
            if speaking_now || at.elapsed() > Duration::from_millis(1500) {
                engine.handed_over = None;
            }
        } else if !speaking_now {
            reader.speaking = None;
            engine.deadline = None;
            if ready
                && reader.unavailable.is_none()
                && let Some(next) = reader.queue.pop_front()
            {
                info!("reading aloud ({language}): {}", next.text);
                // After an overdue sentence, cut in rather than queue behind it.
                engine.send(Command::Speak {
                    text: next.text.clone(),
                    interrupt: overdue,
                });
                let now = Instant::now();
                // Slow speech is about 2.5 words a second; leave room.
                let words = next.text.split_whitespace().count() as u64;
                engine.deadline = Some(now + Duration::from_millis(3000 + 600 * words));
                reader.speaking = Some(next);
                engine.handed_over = Some(now);
            }
        }
        // While reading (or waiting for the engine), look again ten times a
        // second to move the highlight; otherwise stay idle until input.
        let wanted = if reader.busy() {
            UpdateMode::reactive(Duration::from_millis(100))
        } else {
            WinitSettings::desktop_app().focused_mode
        };
        if winit.focused_mode != wanted {
            winit.focused_mode = wanted;
        }
    }

    /// Picks a voice for the language; the reason if there is none.
    fn choose_voice(tts: &mut tts::Tts, language: &str) -> Option<Unavailable> {
        let voices = match tts.voices() {
            Ok(v) => v,
            // Some engines cannot list voices; they speak in their own.
            Err(_) => return None,
        };
        let tags: Vec<String> = voices.iter().map(|v| v.language().to_string()).collect();
        match crate::speech::pick_voice(&tags, language) {
            Some(i) => {
                info!("voice for {language}: {} ({})", voices[i].name(), tags[i]);
                if let Err(e) = tts.set_voice(&voices[i]) {
                    warn!("could not choose a voice for {language}: {e}");
                }
                // A little slower than usual: the listeners are learning to read.
                let (min, normal) = (tts.min_rate(), tts.normal_rate());
                let _ = tts.set_rate(normal - (normal - min) * 0.15);
                None
            }
            None => Some(Unavailable::NoVoice(language.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts() -> Vec<(String, String)> {
        vec![
            ("line".into(), "Mia waits. Nobody writes.".into()),
            ("choice-0".into(), "Say hello".into()),
        ]
    }

    #[test]
    fn a_screen_is_read_once_sentence_by_sentence_when_asked() {
        let mut r = Reader::default();
        r.auto(true, "step-1", &texts());
        let said: Vec<&str> = r.queue.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(said, ["Mia waits.", "Nobody writes.", "Say hello"]);
        // The same step drawn again (every frame) does not start over.
        r.queue.pop_front();
        r.auto(true, "step-1", &texts());
        assert_eq!(r.queue.len(), 2);
    }

    #[test]
    fn without_the_setting_nothing_is_read_and_a_new_screen_stops_the_old_one() {
        let mut r = Reader::default();
        r.auto(false, "step-1", &texts());
        assert!(r.queue.is_empty());
        r.read(&texts());
        assert!(r.busy());
        r.auto(false, "step-2", &texts());
        assert!(r.queue.is_empty() && r.stop);
    }

    #[test]
    fn the_sentence_being_spoken_is_the_one_highlighted() {
        let mut r = Reader::default();
        r.read(&texts());
        r.speaking = r.queue.pop_front();
        r.speaking = r.queue.pop_front();
        assert_eq!(r.highlight("line"), Some(11..25));
        assert_eq!(r.highlight("choice-0"), None);
        let job = highlighted_job(
            "Mia waits. Nobody writes.",
            r.highlight("line"),
            egui::FontId::proportional(20.0),
            egui::Color32::BLACK,
        );
        assert_eq!(job.sections.len(), 3);
        assert_ne!(
            job.sections[1].format.background,
            egui::Color32::TRANSPARENT
        );
        assert_eq!(
            job.sections[2].format.background,
            egui::Color32::TRANSPARENT
        );
    }

    #[test]
    fn with_no_voice_a_press_shows_why_instead_of_failing_quietly() {
        let mut r = Reader {
            unavailable: Some(Unavailable::NoVoice("uk".into())),
            ..Default::default()
        };
        r.read(&texts());
        assert!(r.show_problem);
    }
}
