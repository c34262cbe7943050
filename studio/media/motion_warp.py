"""A slot's picture moved by its motion (Ken Burns, pans, turns) into its box: the luma or RGB
picture, and its half-size chroma carried on the same map so colour edges stay with it."""

from __future__ import annotations

import cv2
import numpy as np

from studio.media.decode import Frame
from studio.media.motion import MotionPose


def _zoom_window(
    src_w: int, src_h: int, width: int, height: int, pose: MotionPose
) -> tuple[int, int, int, int] | None:
    """For a centred zoom (Ken Burns), the window of the picture that fills the box (left,
    top, width, height): one crop and one resize, twice as fast as a warp and exact (the crop
    keeps the centre on a whole pixel). None for any other pose."""
    if pose.rotation or pose.x or pose.y:
        return None
    factor = pose.scale * width / src_w
    crop_w = src_w - 2 * round((src_w - width / factor) / 2)
    crop_h = src_h - 2 * round((src_h - height / factor) / 2)
    if 0 < crop_w <= src_w and 0 < crop_h <= src_h:
        return (src_w - crop_w) // 2, (src_h - crop_h) // 2, crop_w, crop_h
    return None


def _pose_matrix(src_w: int, src_h: int, width: int, height: int, pose: MotionPose) -> np.ndarray:
    """The affine map from the picture to the box for `pose` (about the picture's centre)."""
    factor = pose.scale * width / src_w
    matrix = cv2.getRotationMatrix2D((src_w / 2, src_h / 2), -pose.rotation, factor)
    matrix[0, 2] += width / 2 + pose.x * width - src_w / 2
    matrix[1, 2] += height / 2 + pose.y * height - src_h / 2
    return matrix


def warp_picture(picture: Frame, width: int, height: int, pose: MotionPose) -> Frame:
    """`picture` (the region's content at zoom 1, at any size) posed and cut to width x height."""
    src_h, src_w = picture.shape[:2]
    window = _zoom_window(src_w, src_h, width, height, pose)
    if window is not None:
        left, top, crop_w, crop_h = window
        crop = picture[top : top + crop_h, left : left + crop_w]
        zoomed: Frame = cv2.resize(crop, (width, height), interpolation=cv2.INTER_LINEAR)
        return zoomed
    matrix = _pose_matrix(src_w, src_h, width, height, pose)
    warped: Frame = cv2.warpAffine(picture, matrix, (width, height), flags=cv2.INTER_LINEAR,
                                   borderMode=cv2.BORDER_REPLICATE)  # fmt: skip
    return warped


def warp_chroma(
    chroma: np.ndarray, luma_size: tuple[int, int], width: int, height: int, pose: MotionPose
) -> np.ndarray:
    """Half-size chroma moved exactly as `warp_picture` moves its luma (of `luma_size`) into
    width x height. Warping it on its own with the pose would round the zoom's crop at half
    the resolution and misplace colour edges by up to a pixel; instead the luma's map (box
    pixel to picture pixel) is carried to chroma samples, whose centres sit between 2x2 luma
    pixels: c = (l + 0.5) / 2 - 0.5."""
    src_w, src_h = luma_size
    window = _zoom_window(src_w, src_h, width, height, pose)
    if window is not None:  # cv2.resize's map: source = (box + 0.5) * ratio - 0.5 + crop's edge
        left, top, crop_w, crop_h = window
        ratio_x, ratio_y = crop_w / width, crop_h / height
        inverse = np.array([[ratio_x, 0, 0.5 * ratio_x - 0.5 + left],
                            [0, ratio_y, 0.5 * ratio_y - 0.5 + top]])  # fmt: skip
    else:
        inverse = cv2.invertAffineTransform(_pose_matrix(src_w, src_h, width, height, pose))
    linear, offset = inverse[:, :2], inverse[:, 2]
    half = np.hstack([linear, ((offset + linear.sum(axis=1) * 0.5 - 0.5) / 2)[:, None]])
    flags = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
    warped: np.ndarray = cv2.warpAffine(chroma, half, (width // 2, height // 2), flags=flags,
                                        borderMode=cv2.BORDER_REPLICATE)  # fmt: skip
    return warped
