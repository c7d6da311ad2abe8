"""The closed sets of jumpa's values, as str-valued enums.

Each member equals its JSON Lines text (``EntityType.PERSON == "person"``), so
attributes compare with plain strings and serialise as they are written.
"""
import enum


class _Text(str, enum.Enum):
    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"


class EntityType(_Text):
    PERSON = "person"
    COUNTRY = "country"
    PARTY = "party"
    ORGANIZATION = "organization"
    LOCATION = "location"


class MentionKind(_Text):
    NAME = "name"
    SHORT = "short"
    TITLE = "title"
    PRONOUN = "pronoun"
    NESTED = "nested"
    ADJECTIVE = "adjective"
    METONYM = "metonym"


class EntitySource(_Text):
    GAZETTEER = "gazetteer"
    PATTERN = "pattern"


class RelationType(_Text):
    MET = "met"
    COUNTRY_RELATION = "country_relation"
    AFFILIATION = "affiliation"


class RelationKind(_Text):
    TALKS = "talks"
    VISIT = "visit"
    COURTESY_CALL = "courtesy_call"
    RECEPTION = "reception"
    PHONE_CALL = "phone_call"
    CO_CHAIR = "co_chair"
    SUMMIT = "summit"
    MEETING = "meeting"
    COOPERATION = "cooperation"
    AGREEMENT = "agreement"
    SUPPORT = "support"
    OPPOSITION = "opposition"
    TRADE = "trade"
    CONDOLENCE = "condolence"
    DIPLOMATIC = "diplomatic"


class MeetingStatus(_Text):
    HAPPENED = "happened"
    PLANNED = "planned"
    HOPED = "hoped"
    NEGATED = "negated"


class EdgeRelation(_Text):
    MET = "met"
    COUNTRY_RELATION = "country_relation"
    AFFILIATION = "affiliation"
    REPRESENTS = "represents"
