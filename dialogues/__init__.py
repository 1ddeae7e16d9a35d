"""The conversations, as state machines over plain data. Imports nothing from bot/ or storage/."""

from dialogues.alerts import OnIt
from dialogues.cards import Cards, Draft
from dialogues.cases import Cases, Join, Leave, NewCase
from dialogues.engine import Engine, Notices, Who
from dialogues.guide import Guide, WhatIf
from dialogues.home import Language, Menu, Welcome, about_texts, help_texts, privacy_texts
from dialogues.meeting import MeetingVoice
from dialogues.messages import T
from dialogues.practice import Practice
from dialogues.rights import ForgetDialogue, MyDataDialogue
from dialogues.safety import HELP_BUTTONS, NeedHelp, on_command_words, on_edited_words, on_stray_words
from dialogues.said import SaidWeDid
from dialogues.scaling import CheckIn, MyPlan, Progress, ScaleSetup, WorkerScore
from dialogues.story import ReadStory, Story
from dialogues.voice import Meeting, Word
from dialogues.young_people import Place, SafetyPeople, SafetyScale, ThreeHouses, Unsafe, Wizard

NOTICES = Notices(
    not_a_button=T("Please tap one of the buttons, or type its number."),
    stale_button=T("That button is from an earlier message. Here is where we are now."),
    stale_words=T("That page was old, so your words did not go in as an answer here."),
    stale_words_unkept=T('That page was old, so I did not use your words: "{words}". Here is where we are now.'),
    stale_file=T(
        "That page was old, so I did not keep what you sent. Here is where we are now. You can send it again."
    ),
    empty=T("That message looks empty. Please try again."),
    media=T("I can only read words, so I can't keep stickers, photos or voice notes. Please type instead."),
    edited=T("I keep what you first sent, so the change was not saved. If you want to change it, send it again."),
    unknown_command=T("I don't know that command. /help shows what I can do."),
    stopped=T("OK, we stopped there. Nothing you already told me is lost."),
    nothing_to_stop=T("There is nothing to stop. Here is the menu."),
    not_for_you=T("That is not something you can do here. Here is where we are now."),
)


def build_engine() -> Engine:
    """Every dialogue, each machine built once."""
    return Engine(
        [
            *(Welcome(), Language(), Menu()),
            *(NewCase(), Cases(), Join(), Leave()),
            *(ThreeHouses(), Wizard(), SafetyScale(), SafetyPeople(), Unsafe(), Place(), NeedHelp()),
            *(CheckIn(), MyPlan(), Progress(), ScaleSetup(), WorkerScore()),
            *(Guide(), WhatIf(), Cards(), Draft()),
            OnIt(),
            Practice(),
            *(SaidWeDid(), Word(), MeetingVoice(), Meeting()),
            *(Story(), ReadStory()),
            *(MyDataDialogue(), ForgetDialogue()),
        ],
        home=lambda who: "menu",
        welcome="welcome",
        notices=NOTICES,
        info_commands={"help": help_texts, "privacy": privacy_texts, "about": about_texts},
        join="join",
        stray=on_stray_words,  # every young person's and parent's words are kept and watched, wherever typed
        edited=on_edited_words,  # and when they edit a message they sent, its new words too
        command_words=on_command_words,  # and words typed after a command ("/help my dad hit me")
        help_buttons=HELP_BUTTONS,  # "I don't feel safe" / "I need help now" on every screen, from any message
    )


__all__ = ["Engine", "Who", "build_engine"]
