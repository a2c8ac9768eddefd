"""quantclaims.schema: typed frames from the TOML, and the one notion of a missing cell."""

import numpy as np
import pandas as pd
import pytest

from quantclaims.errors import QuantclaimsError
from quantclaims.schema import frame, is_null, plain, table_spec


def test_every_kind_of_missing_is_null_and_plain_none():
    for missing in (None, pd.NA, float("nan"), np.float64("nan")):
        assert is_null(missing) and plain(missing) is None
    assert not is_null(0.0) and not is_null("")


def test_plain_unwraps_numpy_scalars():
    assert plain(np.int64(3)) == 3 and type(plain(np.int64(3))) is int
    assert type(plain(np.float64(2.5))) is float and plain("x") == "x"


def test_frame_types_and_orders_columns_by_the_schema():
    spec = table_spec("mentions")
    f = frame("mentions", {"mention_id": ["d:0-1"], "doc_id": ["d"], "start": [0], "end": [1], "text": ["1"],
                           "sentence_index": [0], "form": ["digits"], "disposition": ["claim"]})
    assert list(f.columns) == spec.names
    assert str(f["start"].dtype) == "int64" and f["claim_id"].isna().all()


def test_frame_refuses_a_missing_required_column():
    with pytest.raises(QuantclaimsError, match="required column 'doc_id'"):
        frame("mentions", {"mention_id": ["d:0-1"]})
