//! Plays the sound effects the flow asks for (`Game::sounds`), at the child's
//! volume, or not at all when they turned sound off. The sounds are made in
//! code (`crate::sound`) once at start-up. With no sound card the game carries
//! on silently: Bevy's audio output just reports that it found no device.

use bevy::audio::{AudioPlayer, AudioSource, PlaybackSettings, Volume};
use bevy::platform::collections::HashMap;
use bevy::prelude::*;

use crate::app::flow::Game;
use crate::sound::Effect;

#[derive(Resource)]
struct Sounds(HashMap<Effect, Handle<AudioSource>>);

fn make_sounds(mut commands: Commands, mut sources: ResMut<Assets<AudioSource>>) {
    let handles = Effect::ALL
        .iter()
        .map(|e| {
            let bytes: std::sync::Arc<[u8]> = e.wav().into();
            (*e, sources.add(AudioSource { bytes }))
        })
        .collect();
    commands.insert_resource(Sounds(handles));
}

fn play(mut commands: Commands, mut game: ResMut<Game>, sounds: Option<Res<Sounds>>) {
    if game.sounds.is_empty() {
        return;
    }
    let effects = std::mem::take(&mut game.sounds);
    let volume = game.settings().effects_volume();
    let Some(sounds) = sounds else { return };
    if volume <= 0.0 {
        return;
    }
    for e in effects {
        if let Some(h) = sounds.0.get(&e) {
            commands.spawn((
                AudioPlayer(h.clone()),
                PlaybackSettings::DESPAWN.with_volume(Volume::Linear(volume)),
            ));
        }
    }
}

/// Sound effects for the real game (not for shots or tests, which have no use for them).
pub fn plugin(app: &mut App) {
    app.add_systems(Startup, make_sounds)
        .add_systems(PostUpdate, play);
}

/// Where sound is not wanted, the queue is still emptied.
pub fn silent(app: &mut App) {
    app.add_systems(PostUpdate, |mut game: ResMut<Game>| game.sounds.clear());
}
